/** What a contribution puts on-chain (public to everyone) and what never leaves the contributor. */
export function PrivacyNote() {
  return (
    <div className="grid gap-3 text-sm sm:grid-cols-2" data-testid="privacy-note">
      <div className="rounded-lg bg-slate-50 p-3">
        <p className="font-semibold text-slate-900">On-chain and public</p>
        <p className="mt-1 text-slate-700">
          The data&apos;s SHA-256 hash, its category, its licence (and premium price), your address, and later
          its score and reward. Anyone can read these.
        </p>
      </div>
      <div className="rounded-lg bg-teal-50 p-3">
        <p className="font-semibold text-teal-900">Never on-chain</p>
        <p className="mt-1 text-teal-900">
          The data itself. A chosen file is hashed in this browser and never uploaded; you share restricted
          data off-chain with the buyers you approve.
        </p>
      </div>
    </div>
  );
}
