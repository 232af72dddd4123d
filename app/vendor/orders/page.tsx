// /vendor/orders — the vendor's order lines grouped by batch (in-stock lines apart): what is
// left to procure before each cut-off, mark procured (one or the selected), cannot source.
import type { Metadata } from "next";
import Link from "next/link";
import { PackageOpen } from "lucide-react";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { IN_STOCK_GROUP, listVendorOrderLines, ZVendorOrderLineFilters } from "@/lib/orders/list-vendor-order-lines";
import { VENDOR_LINE_TAB_KEYS, VENDOR_LINE_TABS } from "@/lib/orders/vendor-line-policy";
import { requireVendorSection } from "../_lib/guard";
import { markLineCannotSourceAction, markLineProcuredAction, markLinesProcuredAction } from "./actions";
import { OrderLineFilters } from "./_components/order-line-filters";
import { GroupHeader } from "./_components/group-header";
import { OrderLineGroups } from "./_components/order-line-groups";

export const metadata: Metadata = { title: "Orders · Vendor" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function VendorOrdersPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { vendorId } = await requireVendorSection("/vendor/orders");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZVendorOrderLineFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : ZVendorOrderLineFilters.parse({});
  const list = await listVendorOrderLines({ vendorId, ...filters });
  const now = Date.now();
  const { cursor: _cursor, ...kept } = raw;
  const isFiltered = Boolean(kept.q || kept.batchStatus || kept.batch || filters.tab !== "all");

  return (
    <>
      <DashboardHeading
        title="Orders"
        description="Your paid order lines by batch. Mark each procured once it is with the consolidator, before the batch ships."
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      {!list.hasAny ? (
        <Card>
          <EmptyState icon={<PackageOpen aria-hidden="true" />} title="No orders yet">
            When customers pre-order your products, their lines appear here grouped by batch.
          </EmptyState>
        </Card>
      ) : (
        <>
          <nav aria-label="Line status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
            {VENDOR_LINE_TAB_KEYS.map((t) => (
              <StatusTab
                key={t}
                href={hrefWith("/vendor/orders", kept, { tab: t === "all" ? null : t })}
                active={filters.tab === t}
                label={VENDOR_LINE_TABS[t].label}
                count={list.tabCounts[t]}
              />
            ))}
          </nav>
          <OrderLineFilters values={kept} />
          {filters.batch ? (
            <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
              <span className="rounded-pill bg-surface px-3 py-1 font-semibold ring-1 ring-black/10">
                {filters.batch === IN_STOCK_GROUP ? "In stock only" : `Batch ${filters.batch.toUpperCase()} only`}
              </span>
              <Link
                href={hrefWith("/vendor/orders", kept, { batch: null })}
                className="font-semibold text-brand-700 hover:underline"
              >
                Show every batch
              </Link>
            </p>
          ) : null}
          {list.groups.length === 0 ? (
            <Card>
              <EmptyState title={isFiltered ? "No line matches these filters" : "Nothing here"}>
                <Link href="/vendor/orders" className="font-semibold text-brand-700 underline">
                  Clear the filters
                </Link>
              </EmptyState>
            </Card>
          ) : (
            <OrderLineGroups
              groups={list.groups}
              headers={Object.fromEntries(
                list.groups.map((g) => [g.key, <GroupHeader key={g.key} group={g} serverNow={now} />]),
              )}
              markProcured={markLineProcuredAction}
              markManyProcured={markLinesProcuredAction}
              cannotSource={markLineCannotSourceAction}
            />
          )}
          <KeysetPager pathname="/vendor/orders" params={raw} nextCursor={list.nextCursor} />
        </>
      )}
    </>
  );
}
