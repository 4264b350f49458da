/** "My twins" before the wallet code has loaded: it needs a connected account. */
export function MyTwinsTogglePlaceholder() {
  return (
    <label className="flex items-center gap-2 pb-1">
      <input type="checkbox" disabled />
      My twins (connect a wallet)
    </label>
  );
}
