// /vendor — overview: sales this month, what to procure before the next cut-off, low stock and
// the reliability score with its reasons, for the member's vendor.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Countdown } from "@/components/ui/countdown";
import { DashboardHeading, StatCard } from "@/components/ui/dashboard-shell";
import { ReliabilityBreakdown } from "@/components/vendors/reliability-breakdown";
import { formatDateTime } from "@/lib/dates";
import { getVendorOverviewCounts } from "@/lib/metrics/get-vendor-overview-counts";
import { formatMoney } from "@/lib/money";
import { requireVendorSection } from "./_lib/guard";

export const metadata: Metadata = { title: "Vendor dashboard" };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export default async function VendorOverviewPage() {
  const { user, vendorId } = await requireVendorSection("/vendor");
  const now = new Date();
  const data = await getVendorOverviewCounts({ vendorId, now });
  if (!data) notFound();
  const next = data.toProcure.next;
  return (
    <>
      <DashboardHeading
        title={`Welcome, ${user.name.split(" ")[0]}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {data.vendor.name}
            <Badge tone={data.vendor.status === "ACTIVE" ? "brand" : "warning"}>
              {data.vendor.status.toLowerCase()}
            </Badge>
          </span>
        }
      />
      {data.vendor.status === "PENDING" ? (
        <p className="mb-6 rounded-card bg-warning-50 p-4 text-sm text-warning-700 ring-1 ring-accent-400/40">
          Your application is being reviewed. You can prepare products now; they go live once we approve your store.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard
          label="Sales this month"
          value={formatMoney(data.salesThisMonth.grossMinor)}
          hint={`${plural(data.salesThisMonth.units, "unit")} paid since the 1st`}
          href="/vendor/payouts/lines"
        />
        <StatCard
          label="Lines to procure"
          value={data.toProcure.lines}
          hint={next ? `${plural(next.units, "unit")} for ${next.code}` : "Nothing waiting for you"}
          href="/vendor/orders?tab=to-procure"
        />
        <StatCard
          label="Live products"
          value={data.activeProducts}
          hint={`${plural(data.draftProducts, "draft")}, not visible to customers`}
          href="/vendor/products"
        />
        <StatCard
          label="Low stock"
          value={data.lowStock.count}
          hint="In-stock variants at or below their threshold"
          href="/vendor/stock?low=1"
        />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Before the next cut-off</CardTitle>
          </CardHeader>
          <CardBody className="text-sm">
            {next ? (
              <div className="space-y-2">
                <p className="text-ink">
                  <span className="font-semibold">Batch {next.code}</span>{" "}
                  {next.status === "OPEN" ? (
                    <>
                      closes {formatDateTime(next.cutoffAt)} (
                      <Countdown target={next.cutoffAt.toISOString()} serverNow={now.getTime()} prefix="in" />)
                    </>
                  ) : (
                    <>closed {formatDateTime(next.cutoffAt)}: hand over now, it ships next</>
                  )}
                </p>
                <p className="text-ink-muted">
                  {plural(next.lines, "line")} · {plural(next.units, "unit")} still to procure and hand to the
                  consolidator.
                </p>
                <Link
                  href={`/vendor/orders/batches/${encodeURIComponent(next.code)}`}
                  className="inline-block font-semibold text-brand-700 hover:underline"
                >
                  Open the packing list
                </Link>
              </div>
            ) : (
              <p className="text-ink-muted">No paid pre-order is waiting to be procured. New orders show up here.</p>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader className="flex items-center justify-between gap-3">
            <CardTitle>Low stock</CardTitle>
            {data.lowStock.count > 0 ? (
              <Link href="/vendor/stock?low=1" className="text-sm font-semibold text-brand-700 hover:underline">
                All {data.lowStock.count}
              </Link>
            ) : null}
          </CardHeader>
          {data.lowStock.rows.length > 0 ? (
            <ul className="divide-y divide-black/5 text-sm">
              {data.lowStock.rows.map((r) => (
                <li key={r.variantId}>
                  <Link
                    href={`/vendor/stock/${r.variantId}`}
                    className="flex items-center justify-between gap-3 px-5 py-2.5 hover:bg-surface-sunken"
                  >
                    <span className="min-w-0">
                      <span className="block truncate font-medium text-ink">{r.productTitle}</span>
                      <span className="block truncate text-xs text-ink-muted">
                        {r.variantTitle} · <span className="font-mono">{r.sku}</span>
                      </span>
                    </span>
                    <span className="shrink-0 text-right tabular-nums">
                      <span className={r.available <= 0 ? "font-semibold text-danger-700" : "font-semibold text-ink"}>
                        {r.available <= 0 ? "Sold out" : `${r.available} left`}
                      </span>
                      <span className="block text-xs text-ink-muted">alert at {r.lowStockAt}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <CardBody className="text-sm text-ink-muted">Every in-stock variant is above its threshold.</CardBody>
          )}
        </Card>
      </div>

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Reliability score</CardTitle>
        </CardHeader>
        <CardBody>
          <ReliabilityBreakdown
            score={data.vendor.reliabilityScore}
            components={data.vendor.reliabilityComponents}
            updatedAt={data.vendor.reliabilityUpdatedAt}
          />
        </CardBody>
      </Card>
    </>
  );
}
