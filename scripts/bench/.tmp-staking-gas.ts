import { runGasBench } from "./gas.ts";
import { deployAndSeed, startChain, stopAll } from "../stack.ts";
const chain = await startChain(8561);
try {
  await deployAndSeed(chain.url);
  await runGasBench(chain.url);
} finally {
  await stopAll();
}
