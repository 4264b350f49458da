/**
 * Compile-time checks of Web3Island's props, run by the `types` stage (tsc); nothing imports this file. A
 * server page hands an island serialisable props typed by the island's component — anything else is an error.
 */
import { Web3Island } from "./Web3Island";

function TwinPanel({ twinId, name }: { readonly twinId: bigint; readonly name: string }) {
  return <p>{`${name} #${twinId}`}</p>;
}
function WithCallback({ onDone }: { readonly onDone: () => void }) {
  return <button onClick={onDone}>Done</button>;
}
function NoProps() {
  return null;
}

export const typedIslands = [
  <Web3Island key="ok" component={TwinPanel} props={{ twinId: 7n, name: "Turbine 7" }} fallback={null} />,
  <Web3Island key="none" component={NoProps} fallback={null} />,
  // @ts-expect-error an island whose component takes props needs them
  <Web3Island key="missing" component={TwinPanel} fallback={null} />,
  // @ts-expect-error props are typed by the island's component
  <Web3Island key="wrong" component={TwinPanel} props={{ twinId: "7", name: "Turbine 7" }} fallback={null} />,
  // @ts-expect-error a callback can't come from a server page
  <Web3Island key="fn" component={WithCallback} props={{ onDone: () => undefined }} fallback={null} />,
];
