// /vendor/stock — every in-stock variant of the vendor: on hand, held by unpaid checkouts,
// available, the low-stock alert level and a status; search, "low only" (?low=1, where the
// low-stock email lands), keyset pages, adjustments and thresholds in place.
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterActions, FilterSearch } from "@/components/ui/filter-fields";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { can } from "@/lib/auth/rbac";
import { listVendorStock, ZVendorStockFilters } from "@/lib/inventory/list-vendor-stock";
import { requireVendorSection } from "../_lib/guard";
import { StockRows } from "./_components/stock-rows";

export const metadata: Metadata = { title: "Stock · Vendor" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function VendorStockPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { user, vendorId, item } = await requireVendorSection("/vendor/stock");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZVendorStockFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listVendorStock({ vendorId, ...filters });
  const canWrite = can(user, "vendor:inventory:write", { vendorId });
  const { cursor: _cursor, ...kept } = raw;

  return (
    <>
      <DashboardHeading
        title={item.label}
        description="Stock in Ghana per in-stock variant. Available = on hand − held by unpaid checkouts; you are alerted when it falls to the alert level."
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}
      <nav aria-label="Stock level" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/vendor/stock", kept, { low: null })}
          active={!filters.low}
          label="All"
          count={list.counts.all}
        />
        <StatusTab
          href={hrefWith("/vendor/stock", kept, { low: "1" })}
          active={Boolean(filters.low)}
          label="Low or out"
          count={list.counts.low}
        />
      </nav>
      <form method="get" action="/vendor/stock" className="mb-4 grid grid-cols-[1fr_auto] gap-3 sm:max-w-xl">
        {filters.low ? <input type="hidden" name="low" value="1" /> : null}
        <FilterSearch
          id="stock-q"
          name="q"
          label="Search"
          placeholder="SKU, product or variant"
          defaultValue={filters.q}
        />
        <FilterActions resetHref={filters.q ? (filters.low ? "/vendor/stock?low=1" : "/vendor/stock") : null} />
      </form>

      {list.rows.length === 0 ? (
        <Card>
          {filters.q || filters.low ? (
            <EmptyState title={filters.low && !filters.q ? "Nothing is low on stock" : "No variant matches"}>
              <Link href="/vendor/stock" className="font-semibold text-brand-700 underline">
                Show all stock
              </Link>
            </EmptyState>
          ) : (
            <EmptyState title="No in-stock items yet">
              Products you hold in Ghana are sold from stock. Add a product with an in-stock variant to count its stock
              here.{" "}
              <Link href="/vendor/products" className="font-semibold text-brand-700 underline">
                Go to products
              </Link>
            </EmptyState>
          )}
        </Card>
      ) : (
        <Card className="max-md:bg-transparent max-md:shadow-none max-md:ring-0 md:overflow-x-auto">
          <StockRows rows={list.rows} canWrite={canWrite} />
        </Card>
      )}
      <KeysetPager pathname="/vendor/stock" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
