import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([
    ".next*/**",
    "node_modules/**",
    "hardhat/artifacts/**",
    "hardhat/cache/**",
    "hardhat/ignition/deployments/**",
    "lib/contracts/generated/deployedContracts.ts",
    "next-env.d.ts",
    ".bench/**",
    "coverage/**",
    "indexer/ponder-env.d.ts",
    "indexer/.ponder/**",
  ]),
]);
