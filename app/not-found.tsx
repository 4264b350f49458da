import { IntentLink } from "@/components/ui/IntentLink";

export default function NotFound() {
  return (
    <div className="card text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">That page doesn&apos;t exist (yet).</p>
      <IntentLink href="/" className="btn-primary mt-4">
        Back to the dashboard
      </IntentLink>
    </div>
  );
}
