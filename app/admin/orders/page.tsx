// /admin/orders — every order with what support and ops answer from: search, filters, counts
// per status, sorts, keyset pages, mobile cards, and a CSV export of the filtered set.
import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "lucide-react";
import { labelOf, ORDER_STATUS } from "@/components/orders/labels";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { listAdminOrders, ZAdminOrderFilters } from "@/lib/orders/list-admin-orders";
import { ADMIN_ORDER_SEARCH_LIMIT } from "@/lib/orders/search-admin-orders";
import { requireAdminSection } from "../_lib/guard";
import { OrderFilters } from "./_components/order-filters";
import { toOrderRowView } from "./_components/order-row-view";
import { OrderRows } from "./_components/order-rows";

export const metadata: Metadata = { title: "Orders · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/orders");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZAdminOrderFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listAdminOrders(filters);
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  const isFiltered = Object.keys(kept).some((k) => k !== "status" && k !== "sort" && kept[k]);
  const exportHref = hrefWith("/admin/orders/export.csv", parsed.success ? kept : {}, {});

  return (
    <>
      <DashboardHeading
        title="Orders"
        description="Find any order by number, customer or payment reference; open it to see its money, delivery and history."
        actions={
          <a href={exportHref} className={buttonClasses({ size: "sm", variant: "outline" })}>
            <Download aria-hidden="true" className="h-4 w-4" /> Export CSV
          </a>
        }
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      <nav aria-label="Order status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/admin/orders", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(OrderStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/admin/orders", kept, { status: s })}
            active={filters.status === s}
            label={labelOf(ORDER_STATUS, s).label}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>

      <OrderFilters vendors={list.vendors} values={kept} />
      {list.searchTruncated ? (
        <p role="status" className="mb-4 rounded-card bg-warning-50 px-4 py-2 text-sm text-warning-700">
          More than {ADMIN_ORDER_SEARCH_LIMIT.toLocaleString("en-GB")} orders match this search; only those are listed.
          Type more of the number, name or e-mail to narrow it.
        </p>
      ) : null}

      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title={isFiltered || filters.status ? "No order matches these filters" : "No orders yet"}>
            {isFiltered || filters.status ? (
              <Link href="/admin/orders" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            ) : (
              "Orders appear here as soon as a customer checks out."
            )}
          </EmptyState>
        </Card>
      ) : (
        <Card className="max-md:bg-transparent max-md:shadow-none max-md:ring-0 md:overflow-x-auto">
          <OrderRows rows={list.rows.map(toOrderRowView)} />
        </Card>
      )}
      <KeysetPager pathname="/admin/orders" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
