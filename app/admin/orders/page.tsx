// /admin/orders — every order with what support and ops answer from: search, filters, counts
// per status, sorts, keyset pages, mobile cards, and a CSV export of the filtered set.
import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "lucide-react";
import { AdminOrderStatusBadge } from "@/components/orders/admin-order-status-badge";
import { labelOf, ORDER_STATUS } from "@/components/orders/labels";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { formatDate, formatDateTime } from "@/lib/dates";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { formatMoney } from "@/lib/money";
import { listAdminOrders, type TAdminOrderRow, ZAdminOrderFilters } from "@/lib/orders/list-admin-orders";
import { ADMIN_ORDER_SEARCH_LIMIT } from "@/lib/orders/search-admin-orders";
import { requireAdminSection } from "../_lib/guard";
import { DELIVERY_STATUS_LABEL } from "../deliveries/_components/delivery-status-badge";
import { OrderFilters } from "./_components/order-filters";

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
        <>
          <ul className="space-y-2 md:hidden">
            {list.rows.map((o) => (
              <li key={o.id} className="relative rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link
                    href={`/admin/orders/${o.number}`}
                    className="font-semibold text-brand-700 after:absolute after:inset-0"
                  >
                    {o.number}
                  </Link>
                  <AdminOrderStatusBadge {...o} />
                </div>
                <p className="mt-1 text-sm">
                  {o.customer.name} · <span className="text-ink-muted">{o.customer.phone}</span>
                </p>
                <p className="text-sm text-ink-muted">
                  {formatDate(o.createdAt)} · {o.itemCount} {o.itemCount === 1 ? "item" : "items"}
                  {o.batchCodes.length ? ` · ${o.batchCodes.join(", ")}` : ""}
                </p>
                <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
                  <Money label="Total" minor={o.totalMinor} />
                  <Money label="Paid" minor={o.amountPaidMinor - o.amountRefundedMinor} />
                  <Money label="Due" minor={o.balanceDueMinor} strong={o.balanceDueMinor > 0} />
                </dl>
                {o.deliveryStatus ? (
                  <p className="mt-1 text-xs text-ink-muted">Delivery: {DELIVERY_STATUS_LABEL[o.deliveryStatus]}</p>
                ) : null}
              </li>
            ))}
          </ul>
          <Card className="hidden overflow-x-auto md:block">
            <table className="w-full min-w-[820px] text-left text-sm">
              <caption className="sr-only">Orders; the order column also shows when it was placed</caption>
              <thead className="border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase">
                <tr>
                  <Th>Order</Th>
                  <Th>Customer</Th>
                  <Th>Status</Th>
                  <Th right>Total</Th>
                  <Th right>Paid</Th>
                  <Th right>Due</Th>
                  <Th>Batch</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-black/5">
                {list.rows.map((o) => (
                  <Row key={o.id} o={o} />
                ))}
              </tbody>
            </table>
          </Card>
        </>
      )}
      <KeysetPager pathname="/admin/orders" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}

function Row({ o }: { o: TAdminOrderRow }) {
  return (
    <tr className="align-top hover:bg-surface-muted">
      <td className="px-3 py-3 whitespace-nowrap">
        <Link href={`/admin/orders/${o.number}`} className="font-semibold text-brand-700 hover:underline">
          {o.number}
        </Link>
        <div className="text-xs text-ink-muted" title={formatDateTime(o.createdAt)}>
          {formatDate(o.createdAt)}
        </div>
      </td>
      <td className="px-3 py-3">
        <div>{o.customer.name}</div>
        <div className="text-xs text-ink-muted">{o.customer.phone}</div>
      </td>
      <td className="px-3 py-3">
        <AdminOrderStatusBadge {...o} />
        <div className="mt-1 text-xs text-ink-muted">
          {o.deliveryStatus
            ? `Delivery: ${DELIVERY_STATUS_LABEL[o.deliveryStatus]}`
            : o.deliveryMethod === "PICKUP"
              ? "Pickup, not ready yet"
              : "No delivery yet"}
        </div>
      </td>
      <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums">{formatMoney(o.totalMinor)}</td>
      <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums">
        {formatMoney(o.amountPaidMinor - o.amountRefundedMinor)}
        {o.amountRefundedMinor > 0 ? (
          <div className="text-xs text-ink-muted">{formatMoney(o.amountRefundedMinor)} refunded</div>
        ) : null}
      </td>
      <td
        className={
          o.balanceDueMinor > 0
            ? "px-3 py-3 text-right font-semibold whitespace-nowrap text-warning-700 tabular-nums"
            : "px-3 py-3 text-right whitespace-nowrap text-ink-muted tabular-nums"
        }
      >
        {o.balanceDueMinor > 0 ? formatMoney(o.balanceDueMinor) : "—"}
      </td>
      <td className="px-3 py-3 text-xs whitespace-nowrap">
        {o.batchCodes.length ? (
          o.batchCodes.map((c) => (
            <Link key={c} href={`/admin/batches/${c}`} className="block font-mono text-brand-700 hover:underline">
              {c}
            </Link>
          ))
        ) : (
          <span className="text-ink-muted">In stock</span>
        )}
      </td>
    </tr>
  );
}

function Th({ children, right }: { children: React.ReactNode; right?: boolean }) {
  return (
    <th scope="col" className={right ? "px-3 py-3 text-right font-semibold" : "px-3 py-3 font-semibold"}>
      {children}
    </th>
  );
}

function Money({ label, minor, strong }: { label: string; minor: number; strong?: boolean }) {
  return (
    <div>
      <dt className="text-xs text-ink-muted">{label}</dt>
      <dd className={strong ? "font-semibold text-warning-700 tabular-nums" : "tabular-nums"}>{formatMoney(minor)}</dd>
    </div>
  );
}
