// /admin/batches — every batch with what an operator decides on: filters, counts per status,
// cut-off countdown, fill against the group-buy minimum, orders and vendors.
import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle, Plus } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Countdown } from "@/components/ui/countdown";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { listAdminBatches, ZAdminBatchFilters } from "@/lib/batches/list-admin-batches";
import { formatArrivalWindow, formatDateTime } from "@/lib/dates";
import { BatchStatus } from "@/lib/generated/prisma/enums";
import { requireAdminSection } from "../_lib/guard";
import { BatchFilters } from "./_components/batch-filters";
import { BATCH_STATUS_LABEL, BatchStatusBadge, FillBar } from "./_components/batch-status-badge";

export const metadata: Metadata = { title: "Batches · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AdminBatchesPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/batches");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZAdminBatchFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listAdminBatches(filters);
  const now = Date.now();
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  const isFiltered = Object.keys(kept).some((k) => k !== "status" && kept[k]);

  return (
    <>
      <DashboardHeading
        title="Batches"
        description="Open, close and ship batches; every transition says what it will do before you confirm."
        actions={
          <Link href="/admin/batches/new" className={buttonClasses({ size: "sm" })}>
            <Plus aria-hidden="true" className="h-4 w-4" /> New batch
          </Link>
        }
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      <nav aria-label="Batch status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/admin/batches", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(BatchStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/admin/batches", kept, { status: s })}
            active={filters.status === s}
            label={BATCH_STATUS_LABEL[s]}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>

      <BatchFilters origins={list.origins} values={kept} />
      {filters.attention ? (
        <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded-pill bg-warning-50 px-3 py-1 font-semibold text-warning-700">
            {filters.attention === "closing-soon"
              ? "Open and closing within 48 hours"
              : "Closed under the minimum: decide"}
          </span>
          <Link
            href={hrefWith("/admin/batches", kept, { attention: null })}
            className="font-semibold text-brand-700 hover:underline"
          >
            Show all
          </Link>
        </p>
      ) : null}

      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title={isFiltered || filters.status ? "No batch matches these filters" : "No batches yet"}>
            {isFiltered || filters.status ? (
              <Link href="/admin/batches" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            ) : (
              "Create the first batch: customers can pre-order once it is open."
            )}
          </EmptyState>
        </Card>
      ) : (
        <>
          <ul className="space-y-2 md:hidden">
            {list.rows.map((b) => (
              <li key={b.id}>
                <Link
                  href={`/admin/batches/${b.code}`}
                  className="block rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 hover:ring-brand-600/40"
                >
                  <div className="flex items-center justify-between gap-2">
                    <span className="font-semibold text-brand-700">{b.code}</span>
                    <BatchStatusBadge status={b.status} />
                  </div>
                  <p className="mt-1 text-sm text-ink-muted">
                    {b.origin.name} · {b.shippingMethod === "AIR" ? "Air" : "Sea"} · cut-off{" "}
                    {formatDateTime(b.cutoffAt)}
                  </p>
                  <p className="text-sm text-ink-muted">
                    Arrives {formatArrivalWindow(b.arrivalWindowStart, b.arrivalWindowEnd)}
                  </p>
                  <div className="mt-2 flex items-end justify-between gap-3">
                    <FillBar sold={b.unitsSold} min={b.minUnits} />
                    <span className="text-sm text-ink-muted tabular-nums">
                      {b.orderCount} orders · {b.vendorCount} vendors
                    </span>
                  </div>
                  {b.isBelowMinimum && b.status === "CLOSED" ? (
                    <p className="mt-2 text-sm font-semibold text-warning-700">Under minimum: decide ship or cancel</p>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
          <Card className="hidden overflow-x-auto md:block">
            <table className="w-full min-w-[960px] text-left text-sm">
              <caption className="sr-only">Batches, newest cut-off first</caption>
              <thead className="border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Batch
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Origin · method
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Cut-off
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Arrival
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Units
                  </th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">
                    Orders
                  </th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">
                    Vendors
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-black/5">
                {list.rows.map((b) => (
                  <tr key={b.id} className="hover:bg-surface-muted">
                    <td className="px-4 py-3">
                      <Link
                        href={`/admin/batches/${b.code}`}
                        className="font-semibold whitespace-nowrap text-brand-700 hover:underline"
                      >
                        {b.code}
                      </Link>
                    </td>
                    <td className="px-4 py-3">
                      <div className="flex items-center gap-1.5">
                        <BatchStatusBadge status={b.status} />
                        {b.isBelowMinimum && b.status === "CLOSED" ? (
                          <span title="Closed under its minimum: ship anyway or cancel" className="text-warning-700">
                            <AlertTriangle aria-label="Under minimum" className="h-4 w-4" />
                          </span>
                        ) : null}
                      </div>
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap">
                      {b.origin.name} · {b.shippingMethod === "AIR" ? "Air" : "Sea"}
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap">
                      <div>{formatDateTime(b.cutoffAt)}</div>
                      {b.status === "OPEN" || b.status === "DRAFT" ? (
                        <div className="text-xs text-ink-muted">
                          <Countdown target={b.cutoffAt} serverNow={now} prefix="closes in" />
                        </div>
                      ) : null}
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap">
                      {formatArrivalWindow(b.arrivalWindowStart, b.arrivalWindowEnd)}
                    </td>
                    <td className="px-4 py-3">
                      <FillBar sold={b.unitsSold} min={b.minUnits} />
                      {b.unitsHeld ? (
                        <div className="text-xs text-ink-muted">{b.unitsHeld} held in checkout</div>
                      ) : null}
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{b.orderCount}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{b.vendorCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </>
      )}
      <KeysetPager pathname="/admin/batches" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
