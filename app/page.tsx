import { MyRequestsIsland, MyServicesIsland } from "@/components/marketplace/islands";
import { MyTwinsIsland } from "@/components/twins/islands";
import { MyStreamsIsland } from "@/components/streams/islands";
import { MyDataIsland } from "@/components/data/islands";
import {
  AccountBalancesIsland,
  ComplianceNoticeIsland,
  MyActivityIsland,
  NotificationsIsland,
  SendDtaIsland,
} from "@/components/dashboard/islands";
import { TokenSupplyView } from "@/components/dashboard/TokenSupplyView";
import { ServerReadNotice } from "@/components/ui/ServerReadNotice";
import { readSupply } from "@/lib/server/reads";

/** The supply is read on the server; the account's parts load the wallet code when asked for. */
export default async function DashboardPage() {
  const supply = await readSupply();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Dashboard</h1>
        <p className="mt-1 text-slate-600">Your DTA at a glance, and the token&apos;s live supply.</p>
      </div>

      <section aria-labelledby="account-heading" className="space-y-3">
        <h2 id="account-heading" className="text-lg font-semibold text-slate-900">
          Your account
        </h2>
        <ComplianceNoticeIsland />
        <AccountBalancesIsland />
      </section>

      <section aria-labelledby="notifications-heading" className="space-y-3">
        <h2 id="notifications-heading" className="text-lg font-semibold text-slate-900">
          Notifications
        </h2>
        <NotificationsIsland />
      </section>

      <section aria-labelledby="supply-heading" className="space-y-3">
        <h2 id="supply-heading" className="text-lg font-semibold text-slate-900">
          Token supply
        </h2>
        {supply.state === "ok" ? (
          <TokenSupplyView supply={supply.value} />
        ) : (
          <ServerReadNotice state={supply.state} what="DTA" />
        )}
      </section>

      <section aria-label="Send DTA">
        <SendDtaIsland />
      </section>

      <section aria-labelledby="twins-heading" className="space-y-3">
        <h2 id="twins-heading" className="text-lg font-semibold text-slate-900">
          My twins
        </h2>
        <MyTwinsIsland />
      </section>

      <section aria-labelledby="services-heading" className="space-y-3">
        <h2 id="services-heading" className="text-lg font-semibold text-slate-900">
          My services
        </h2>
        <MyServicesIsland />
      </section>

      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-lg font-semibold text-slate-900">
          My requests
        </h2>
        <MyRequestsIsland />
      </section>

      <section aria-labelledby="streams-heading" className="space-y-3">
        <h2 id="streams-heading" className="text-lg font-semibold text-slate-900">
          My streams
        </h2>
        <MyStreamsIsland />
      </section>

      <section aria-labelledby="data-heading" className="space-y-3">
        <h2 id="data-heading" className="text-lg font-semibold text-slate-900">
          My data rewards
        </h2>
        <MyDataIsland />
      </section>

      <section aria-labelledby="activity-heading" className="space-y-3">
        <h2 id="activity-heading" className="text-lg font-semibold text-slate-900">
          My activity
        </h2>
        <MyActivityIsland />
      </section>
    </div>
  );
}
