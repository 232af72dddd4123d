// /vendor/payouts — the vendor's money: held in escrow, released and payable, paid out
// (from the ledger), and each payout with its status. Owners only; their vendor only.
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DashboardHeading, StatCard } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { PayoutStatus } from "@/lib/generated/prisma/enums";
import { formatMoney } from "@/lib/money";
import { getVendorEarnings } from "@/lib/payouts/get-vendor-earnings";
import { listPayouts, ZPayoutFilters } from "@/lib/payouts/list-payouts";
import { PAYOUT_STATUS_LABEL } from "../../admin/payouts/_components/payout-status-badge";
import { PayoutTable } from "../../admin/payouts/_components/payout-table";
import { requireVendorSection } from "../_lib/guard";

export const metadata: Metadata = { title: "Payouts · Vendor" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function VendorPayoutsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { vendorId } = await requireVendorSection("/vendor/payouts");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZPayoutFilters.omit({ q: true }).safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const [earnings, list] = await Promise.all([getVendorEarnings({ vendorId }), listPayouts({ ...filters, vendorId })]);
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  return (
    <>
      <DashboardHeading
        title="Payouts"
        description={`Earnings are released ${earnings.holdbackHours} hours after delivery, then paid weekly by transfer once they reach ${formatMoney(earnings.minimumMinor)}.`}
      />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Held in escrow" value={formatMoney(earnings.heldMinor)} hint="Sold, not yet released" />
        <StatCard label="Released, payable" value={formatMoney(earnings.payableMinor)} hint="Owed to you now" />
        <StatCard label="In payouts" value={formatMoney(earnings.inPayoutsMinor)} hint="On its way or to retry" />
        <StatCard label="Paid out" value={formatMoney(earnings.paidOutMinor)} />
      </div>
      <p className="mb-6 text-sm">
        <Link href="/vendor/payouts/lines" className="font-semibold text-brand-700 hover:underline">
          Earnings by line
        </Link>{" "}
        <span className="text-ink-muted">— each line&apos;s total, platform fee, your share and where it is.</span>
      </p>
      <nav aria-label="Payout status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/vendor/payouts", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(PayoutStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/vendor/payouts", kept, { status: s })}
            active={filters.status === s}
            label={PAYOUT_STATUS_LABEL[s]}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title="No payouts yet">
            Your first payout is sent once delivered orders pass the holdback window and reach the minimum.
          </EmptyState>
        </Card>
      ) : (
        <PayoutTable rows={list.rows} basePath="/vendor/payouts" showVendor={false} />
      )}
      <KeysetPager pathname="/vendor/payouts" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
