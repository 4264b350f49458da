const LAYERS = [
  {
    y: 10,
    title: "Layer 3 · AI marketplace & data economy",
    detail: "pay per query · data streams · ratings",
  },
  { y: 90, title: "Layer 2 · Digital twins", detail: "10,000 DTA bond · data syncs · simulation hours" },
  { y: 170, title: "Layer 1 · DTA token & staking", detail: "fixed 1B supply · tiers · rewards pool · burn" },
] as const;

/** The protocol in one picture: three stacked layers and the governance that sets their numbers. */
export function ProtocolDiagram() {
  return (
    <svg
      viewBox="0 0 640 250"
      role="img"
      aria-labelledby="protocol-title protocol-desc"
      className="h-auto w-full"
    >
      <title id="protocol-title">The DTA protocol</title>
      <desc id="protocol-desc">
        Three layers: the DTA token and staking at the base, digital twins above it, and the AI marketplace
        and data economy on top. Payments flow up and rewards flow down; the DAO governs every layer through a
        timelock.
      </desc>
      {LAYERS.map((layer) => (
        <g key={layer.title}>
          <rect x="10" y={layer.y} width="470" height="66" rx="10" fill="#f0fdfa" stroke="#0f766e" />
          <text x="28" y={layer.y + 28} fontSize="17" fontWeight="700" fill="#134e4a">
            {layer.title}
          </text>
          <text x="28" y={layer.y + 51} fontSize="14" fill="#334155">
            {layer.detail}
          </text>
        </g>
      ))}
      <rect x="500" y="10" width="130" height="226" rx="10" fill="#0f766e" />
      <text x="565" y="108" fontSize="17" fontWeight="700" fill="#fff" textAnchor="middle">
        DAO
      </text>
      <text x="565" y="132" fontSize="13" fill="#ccfbf1" textAnchor="middle">
        staked votes
      </text>
      <text x="565" y="150" fontSize="13" fill="#ccfbf1" textAnchor="middle">
        timelock
      </text>
      <path d="M490 123h8" stroke="#0f766e" strokeWidth="2" />
    </svg>
  );
}
