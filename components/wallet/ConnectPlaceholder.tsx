/** Holds the connect button's place (disabled) until the wallet code has loaded. */
export function ConnectPlaceholder() {
  return (
    <button type="button" className="btn-primary" disabled aria-busy="true">
      Connect wallet
    </button>
  );
}
