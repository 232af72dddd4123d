// /vendor/payouts/lines — every paid-for line of this vendor with its gross, platform fee, net and
// where the money is (held in escrow, released, in a payout, paid, ended). Owners only.
import type { Metadata } from "next";
import Link from "next/link";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import {
  EARNING_LINE_STATES,
  listVendorEarningLines,
  type TEarningLineState,
  ZEarningLineFilters,
} from "@/lib/payouts/list-vendor-earning-lines";
import { requireVendorSection } from "../../_lib/guard";

export const metadata: Metadata = { title: "Earnings by line · Vendor" };

const STATE: Record<TEarningLineState, { label: string; tone: TBadgeTone }> = {
  held: { label: "Held in escrow", tone: "warning" },
  released: { label: "Released", tone: "brand" },
  in_payout: { label: "In a payout", tone: "accent" },
  paid: { label: "Paid out", tone: "neutral" },
  ended: { label: "Ended (refunded)", tone: "danger" },
};
const TAB_LABEL: Record<(typeof EARNING_LINE_STATES)[number], string> = {
  held: "Held",
  released: "Released",
  paid: "Paid out",
  ended: "Ended",
};

type TSearch = Record<string, string | string[] | undefined>;

export default async function VendorEarningLinesPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { vendorId } = await requireVendorSection("/vendor/payouts");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZEarningLineFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listVendorEarningLines({ ...filters, vendorId });
  const { cursor: _cursor, ...kept } = raw;
  const path = "/vendor/payouts/lines";
  return (
    <>
      <Breadcrumbs items={[{ label: "Payouts", href: "/vendor/payouts" }, { label: "Earnings by line" }]} />
      <DashboardHeading
        title="Earnings by line"
        description="What each line earned you: the line total, the platform fee fixed at checkout, and your share."
      />
      <form method="get" action={path} className="mb-4 flex flex-wrap items-end gap-2">
        {filters.state ? <input type="hidden" name="state" value={filters.state} /> : null}
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium text-ink sm:max-w-sm">
          Order number or SKU
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            className="rounded-control px-3 py-2 text-sm ring-1 ring-black/15"
            placeholder="LI-… or SKU"
          />
        </label>
        <button type="submit" className="rounded-control bg-brand-600 px-4 py-2 text-sm font-semibold text-white">
          Search
        </button>
      </form>
      <nav aria-label="Where the money is" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith(path, kept, { state: null })}
          active={!filters.state}
          label="All"
          count={Object.values(list.stateCounts).reduce((a, b) => a + b, 0)}
        />
        {EARNING_LINE_STATES.map((s) => (
          <StatusTab
            key={s}
            href={hrefWith(path, kept, { state: s })}
            active={filters.state === s}
            label={TAB_LABEL[s]}
            count={list.stateCounts[s]}
          />
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title="No lines here">
            {filters.q || filters.state
              ? "No line matches these filters."
              : "Lines appear once customers pay for them."}
          </EmptyState>
        </Card>
      ) : (
        <Card className="overflow-hidden">
          <table className="w-full text-sm">
            <thead className="hidden bg-surface-muted text-left text-xs text-ink-muted md:table-header-group">
              <tr>
                <th className="px-4 py-2 font-medium">Order · item</th>
                <th className="px-4 py-2 text-right font-medium">Gross</th>
                <th className="px-4 py-2 text-right font-medium">Fee</th>
                <th className="px-4 py-2 text-right font-medium">Net</th>
                <th className="px-4 py-2 font-medium">State</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-black/5">
              {list.rows.map((l) => (
                <tr key={l.id} className="grid grid-cols-3 gap-x-3 gap-y-1 px-4 py-3 md:table-row md:p-0">
                  <td className="col-span-3 md:px-4 md:py-3">
                    <p className="font-medium text-ink">
                      {l.orderNumber} · {l.productTitle}
                    </p>
                    <p className="text-xs text-ink-muted">
                      {l.variantTitle} · {l.sku} · ×{l.quantity} · {formatDate(l.createdAt)}
                    </p>
                  </td>
                  <td className="flex flex-col whitespace-nowrap tabular-nums md:table-cell md:px-4 md:py-3 md:text-right">
                    <span className="text-xs text-ink-muted md:hidden">Gross </span>
                    {formatMoney(l.grossMinor)}
                  </td>
                  <td className="flex flex-col whitespace-nowrap tabular-nums md:table-cell md:px-4 md:py-3 md:text-right">
                    <span className="text-xs text-ink-muted md:hidden">Fee </span>
                    {formatMoney(l.feeMinor)}{" "}
                    <span className="hidden text-xs text-ink-subtle md:inline">({l.feeBps / 100}%)</span>
                  </td>
                  <td className="flex flex-col font-semibold whitespace-nowrap tabular-nums md:table-cell md:px-4 md:py-3 md:text-right">
                    <span className="text-xs font-normal text-ink-muted md:hidden">Net </span>
                    {formatMoney(l.netMinor)}
                  </td>
                  <td className="col-span-3 md:px-4 md:py-3">
                    <Badge tone={STATE[l.state].tone}>{STATE[l.state].label}</Badge>
                    {l.payout ? (
                      <Link
                        href={`/vendor/payouts/${l.payout.id}`}
                        className="ml-2 text-xs font-medium text-brand-700 hover:underline"
                      >
                        {l.payout.reference}
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <KeysetPager pathname={path} params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
