// /admin/deliveries — every delivery with what an operator decides on: filters, counts per
// status, when and who, where it goes (a pickup: ready for collection at its point), the
// lifecycle's next steps per row (schedule, return, reset) and bulk-assign of selected rows.
import type { Metadata } from "next";
import Link from "next/link";
import { Lock } from "lucide-react";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { formatDate } from "@/lib/dates";
import { deliveryPlaceLabel, deliveryRiderLabel } from "@/lib/deliveries/delivery-labels";
import { DELIVERY_FAILURE_REASONS } from "@/lib/deliveries/delivery-transitions";
import {
  listAdminDeliveries,
  type TAdminDeliveryRow,
  ZAdminDeliveryFilters,
} from "@/lib/deliveries/list-admin-deliveries";
import { listPickupPointOptions } from "@/lib/deliveries/list-pickup-point-options";
import { listRiders } from "@/lib/deliveries/list-riders";
import { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { requireAdminSection } from "../_lib/guard";
import {
  bulkScheduleDeliveriesAction,
  resetDeliveryCodeLockAction,
  returnDeliveryAction,
  scheduleDeliveryAction,
} from "./actions";
import {
  BulkRowResult,
  BulkScheduleBar,
  BulkSelection,
  SelectAllDeliveriesCheckbox,
  SelectDeliveryCheckbox,
  type TBulkRow,
} from "./_components/bulk-schedule";
import { DeliveryFilters } from "./_components/delivery-filters";
import { DeliveryRowActions, type TDeliveryRowActionsProps } from "./_components/delivery-row-actions";
import { DELIVERY_STATUS_LABEL, DeliveryStatusBadge } from "./_components/delivery-status-badge";

export const metadata: Metadata = { title: "Deliveries · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AdminDeliveriesPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/deliveries");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZAdminDeliveryFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const [list, riders, pickupPoints] = await Promise.all([
    listAdminDeliveries(filters),
    listRiders(),
    listPickupPointOptions(),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  const isFiltered = Object.keys(kept).some((k) => k !== "status" && kept[k]);

  const actionsFor = (d: TAdminDeliveryRow) => (
    <DeliveryRowActions
      delivery={toActionRow(d)}
      riders={riders}
      today={today}
      schedule={scheduleDeliveryAction}
      markReturned={returnDeliveryAction}
      resetCodeLock={resetDeliveryCodeLockAction}
    />
  );

  return (
    <>
      <DashboardHeading
        title="Deliveries"
        description="Schedule deliveries and assign riders; failed deliveries are rescheduled or returned here."
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      <nav aria-label="Delivery status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/admin/deliveries", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(DeliveryStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/admin/deliveries", kept, { status: s })}
            active={filters.status === s}
            label={DELIVERY_STATUS_LABEL[s]}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>

      <DeliveryFilters zones={list.zones} pickupPoints={pickupPoints} riders={riders} values={kept} />

      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title={isFiltered || filters.status ? "No delivery matches these filters" : "No deliveries yet"}>
            {isFiltered || filters.status ? (
              <Link href="/admin/deliveries" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            ) : (
              "A delivery appears here once its order is paid and its items are in Ghana."
            )}
          </EmptyState>
        </Card>
      ) : (
        <BulkSelection rows={list.rows.map(toBulkRow)}>
          <div className="mb-2 md:hidden">
            <SelectAllDeliveriesCheckbox withText />
          </div>
          <ul className="space-y-2 md:hidden">
            {list.rows.map((d) => (
              <li key={d.id} className="rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5">
                <div className="flex items-center justify-between gap-2">
                  <span className="flex items-center gap-3">
                    <SelectDeliveryCheckbox {...toBulkRow(d)} />
                    <span className="font-semibold text-brand-700">{d.orderNumber}</span>
                  </span>
                  <span className="flex items-center gap-1.5">
                    {d.isCodeLocked ? <LockedMark /> : null}
                    <DeliveryStatusBadge status={d.status} method={d.method} />
                  </span>
                </div>
                <p className="mt-1 text-sm">
                  {d.customer.name} · <span className="text-ink-muted">{d.customer.phone}</span>
                </p>
                <Place d={d} />
                <p className="text-sm text-ink-muted">
                  {when(d)} · {deliveryRiderLabel(d)}
                </p>
                {d.failureReason ? <FailureLine d={d} /> : null}
                <BulkRowResult id={d.id} />
                <div className="mt-3">{actionsFor(d)}</div>
              </li>
            ))}
          </ul>
          <Card className="hidden overflow-x-auto md:block">
            <table className="w-full min-w-[920px] text-left text-sm">
              <caption className="sr-only">Deliveries, newest first</caption>
              <thead className="border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase">
                <tr>
                  <th scope="col" className="w-10 py-3 pr-1 pl-4">
                    <SelectAllDeliveriesCheckbox />
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    Order
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    Status
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    Customer
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    Where
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    When
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    Rider
                  </th>
                  <th scope="col" className="px-3 py-3 font-semibold">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-black/5">
                {list.rows.map((d) => (
                  <tr key={d.id} className="align-top hover:bg-surface-muted">
                    <td className="py-3 pr-1 pl-4">
                      <SelectDeliveryCheckbox {...toBulkRow(d)} />
                    </td>
                    <td className="px-3 py-3 font-semibold whitespace-nowrap text-brand-700">{d.orderNumber}</td>
                    <td className="px-3 py-3">
                      <div className="flex items-center gap-1.5">
                        <DeliveryStatusBadge status={d.status} method={d.method} />
                        {d.isCodeLocked ? <LockedMark /> : null}
                      </div>
                      {d.failureReason ? <FailureLine d={d} /> : null}
                      <BulkRowResult id={d.id} />
                    </td>
                    <td className="px-3 py-3">
                      <div>{d.customer.name}</div>
                      <div className="text-xs text-ink-muted">{d.customer.phone}</div>
                    </td>
                    <td className="min-w-40 px-3 py-3">
                      <Place d={d} />
                    </td>
                    <td className="px-3 py-3">
                      <When d={d} />
                    </td>
                    <td className="px-3 py-3">
                      {d.rider ? deliveryRiderLabel(d) : <span className="text-ink-muted">None yet</span>}
                    </td>
                    <td className="px-3 py-3">{actionsFor(d)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <BulkScheduleBar riders={riders} today={today} bulkSchedule={bulkScheduleDeliveriesAction} />
        </BulkSelection>
      )}
      <KeysetPager pathname="/admin/deliveries" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}

function toActionRow(d: TAdminDeliveryRow): TDeliveryRowActionsProps["delivery"] {
  return {
    id: d.id,
    orderNumber: d.orderNumber,
    canSchedule: d.events.includes("SCHEDULE"),
    isScheduled: d.status === "SCHEDULED",
    canReturn: d.events.includes("RETURN"),
    isCodeLocked: d.isCodeLocked,
    scheduledDate: d.scheduledDate,
    timeSlot: d.timeSlot,
    riderId: d.rider?.id ?? null,
  };
}

function toBulkRow(d: TAdminDeliveryRow): TBulkRow {
  return { id: d.id, orderNumber: d.orderNumber, isSelectable: d.events.includes("SCHEDULE") };
}

/** Where it goes; a pickup at its point reads "Ready for collection at …", highlighted. */
function Place({ d }: { d: TAdminDeliveryRow }) {
  const label = deliveryPlaceLabel(d);
  const isReady = d.method === "PICKUP" && d.status === "OUT_FOR_DELIVERY";
  return (
    <p className={isReady ? "text-sm font-semibold text-brand-700" : "text-sm text-ink-muted md:text-ink"}>{label}</p>
  );
}

/** The table's two-line "when": the day, then the slot. */
function When({ d }: { d: TAdminDeliveryRow }) {
  if (!d.scheduledDate) return <span className="text-ink-muted">Not scheduled</span>;
  return (
    <>
      <div className="whitespace-nowrap">{formatDate(`${d.scheduledDate}T12:00:00.000Z`, "EEE d MMM")}</div>
      <div className="text-xs whitespace-nowrap text-ink-muted">{d.slotLabel}</div>
    </>
  );
}

function when(d: TAdminDeliveryRow): string {
  if (!d.scheduledDate) return "Not scheduled";
  return `${formatDate(`${d.scheduledDate}T12:00:00.000Z`, "EEE d MMM")} · ${d.slotLabel ?? ""}`;
}

function FailureLine({ d }: { d: TAdminDeliveryRow }) {
  if (!d.failureReason) return null;
  return (
    <p className="mt-1 text-xs text-danger-700">
      {DELIVERY_FAILURE_REASONS[d.failureReason]}
      {d.failureNote ? `: ${d.failureNote}` : ""}
    </p>
  );
}

function LockedMark() {
  return (
    <span title="Locked after too many wrong delivery codes" className="text-danger-700">
      <Lock aria-label="Code locked" className="h-4 w-4" />
    </span>
  );
}
