import type {
  IgnitionModuleBuilder,
  NamedArtifactContractDeploymentFuture,
} from "@nomicfoundation/ignition-core";

const ZERO = "0x0000000000000000000000000000000000000000";

/** The Safe 1.4.1 singleton and proxy factory, deployed once per module however many Safes it creates. */
const factories = new WeakMap<
  IgnitionModuleBuilder,
  {
    singleton: NamedArtifactContractDeploymentFuture<"SafeL2">;
    factory: NamedArtifactContractDeploymentFuture<"SafeProxyFactory">;
  }
>();

function safeFactory(m: IgnitionModuleBuilder) {
  let made = factories.get(m);
  if (!made) {
    made = { singleton: m.contract("SafeL2"), factory: m.contract("SafeProxyFactory") };
    factories.set(m, made);
  }
  return made;
}

/**
 * A stock Safe 1.4.1 (SafeL2 singleton behind a SafeProxyFactory proxy) owned by the `<param>Owners` module
 * parameter with `<param>Threshold` signatures (default 2), created with `saltNonce` (distinct per Safe). With
 * `existing` set (a Safe that already exists on a public chain), that Safe is used instead.
 * @param id The future id of the Safe (`Create<id>` for the creation call).
 */
export function stockSafe(
  m: IgnitionModuleBuilder,
  id: string,
  param: string,
  saltNonce: bigint,
  existing: string | undefined,
) {
  if (existing) return m.contractAt("SafeL2", existing, { id });
  const owners = m.getParameter<string[]>(`${param}Owners`);
  const threshold = m.getParameter(`${param}Threshold`, 2n);
  const { singleton, factory } = safeFactory(m);
  // setup(owners, threshold, to, data, fallbackHandler, paymentToken, payment, paymentReceiver): no module
  // call, no fallback handler, no refund.
  const setup = m.encodeFunctionCall(
    singleton,
    "setup",
    [owners, threshold, ZERO, "0x", ZERO, ZERO, 0n, ZERO],
    { id: `${id}_setup` },
  );
  const created = m.call(factory, "createProxyWithNonce", [singleton, setup, saltNonce], {
    id: `Create${id}`,
  });
  const proxy = m.readEventArgument(created, "ProxyCreation", "proxy", { id: `${id}_proxy` });
  return m.contractAt("SafeL2", proxy, { id });
}
