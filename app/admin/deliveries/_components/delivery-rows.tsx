"use client";

// The rows of /admin/deliveries, one markup for every width: a table from md up, and below it
// each row laid out as a card (the header hidden). A client component so that the page's RSC
// payload carries each row's data once, and the riders once for every row's schedule dialog
// and the bulk bar, instead of the element tree of a table row and a phone card, each with its
// own copy of the riders (issue 10's list benchmark, bench/README.md).
import { Lock } from "lucide-react";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/dates";
import type { TActionResult } from "@/lib/http/action-result";
import {
  BulkRowResult,
  BulkScheduleBar,
  BulkSelection,
  SelectAllDeliveriesCheckbox,
  SelectDeliveryCheckbox,
  type TBulkRow,
  type TBulkScheduleForm,
  type TBulkScheduleOutcome,
} from "./bulk-schedule";
import { DeliveryRowActions, type TDeliveryRowActionsProps } from "./delivery-row-actions";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import type { TDeliveryRowView } from "./delivery-row-view";

const TH = "px-3 py-3 font-semibold";
// Below md a cell is a block in the card's flex row; from md a table cell.
const CELL = "md:table-cell md:px-3 md:py-3";

export type TDeliveryRowsProps = {
  rows: TDeliveryRowView[];
  riders: { id: string; name: string }[];
  /** Today in Accra (yyyy-mm-dd): the earliest day the date pickers offer. */
  today: string;
  schedule: TDeliveryRowActionsProps["schedule"];
  markReturned: TDeliveryRowActionsProps["markReturned"];
  resetCodeLock: TDeliveryRowActionsProps["resetCodeLock"];
  bulkSchedule: (input: TBulkScheduleForm) => Promise<TActionResult<TBulkScheduleOutcome>>;
};

export function DeliveryRows({
  rows,
  riders,
  today,
  schedule,
  markReturned,
  resetCodeLock,
  bulkSchedule,
}: TDeliveryRowsProps) {
  return (
    <BulkSelection rows={rows.map(toBulkRow)}>
      <div className="mb-2 md:hidden">
        <SelectAllDeliveriesCheckbox withText />
      </div>
      <Card className="max-md:bg-transparent max-md:shadow-none max-md:ring-0 md:overflow-x-auto">
        <table className="block w-full text-left text-sm md:table md:min-w-[920px]">
          <caption className="sr-only">Deliveries, newest first</caption>
          <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
            <tr>
              <th scope="col" className="w-10 py-3 pr-1 pl-4">
                <SelectAllDeliveriesCheckbox />
              </th>
              <th scope="col" className={TH}>
                Order
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH}>
                Customer
              </th>
              <th scope="col" className={TH}>
                Where
              </th>
              <th scope="col" className={TH}>
                When
              </th>
              <th scope="col" className={TH}>
                Rider
              </th>
              <th scope="col" className={TH}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
            {rows.map((d) => (
              <tr
                key={d.id}
                className="flex flex-wrap items-center rounded-card bg-surface p-4 align-top shadow-card ring-1 ring-black/5 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0 md:hover:bg-surface-muted"
              >
                <td className="mr-3 flex md:mr-0 md:table-cell md:py-3 md:pr-1 md:pl-4">
                  <SelectDeliveryCheckbox {...toBulkRow(d)} />
                </td>
                <td
                  className={`min-w-0 flex-1 font-semibold whitespace-nowrap text-brand-700 max-md:text-base ${CELL}`}
                >
                  {d.orderNumber}
                </td>
                {/* Below md the badge sits at the card's top right and the failure and bulk
                    outcome each take a line of the card, under the rider (display: contents). */}
                <td className={`contents ${CELL}`}>
                  <div className="flex items-center gap-1.5 max-md:ml-2 max-md:flex-row-reverse">
                    <DeliveryStatusBadge status={d.status} method={d.method} />
                    {d.isCodeLocked ? <LockedMark /> : null}
                  </div>
                  {d.failure ? (
                    <p className="order-4 mt-1 w-full text-xs text-danger-700 md:order-none">{d.failure}</p>
                  ) : null}
                  <BulkRowResult id={d.id} className="order-4 w-full md:order-none" />
                </td>
                <td className={`order-1 mt-1 w-full md:order-none md:mt-0 md:w-auto ${CELL}`}>
                  <span className="md:block">{d.customer.name}</span>
                  <span className="md:hidden"> · </span>
                  <span className="text-ink-muted md:block md:text-xs">{d.customer.phone}</span>
                </td>
                <td className={`order-2 w-full md:order-none md:w-auto md:min-w-40 ${CELL}`}>
                  <Place d={d} />
                </td>
                <td className={`order-3 self-start text-ink-muted md:order-none md:text-ink ${CELL}`}>
                  <When d={d} />
                </td>
                <td className={`order-3 min-w-0 flex-1 self-start md:order-none ${CELL}`}>
                  <span className="text-ink-muted md:hidden" aria-hidden="true">
                    &nbsp;·&nbsp;
                  </span>
                  {d.rider ? (
                    <span className="max-md:text-ink-muted">{d.riderLabel}</span>
                  ) : (
                    <span className="text-ink-muted">
                      <span className="md:hidden">{d.riderLabel}</span>
                      <span className="hidden md:inline">None yet</span>
                    </span>
                  )}
                </td>
                <td className={`order-5 w-full max-md:mt-2 max-md:empty:hidden md:order-none md:w-auto ${CELL}`}>
                  <DeliveryRowActions
                    delivery={{
                      id: d.id,
                      orderNumber: d.orderNumber,
                      canSchedule: d.canSchedule,
                      isScheduled: d.status === "SCHEDULED",
                      canReturn: d.canReturn,
                      isCodeLocked: d.isCodeLocked,
                      scheduledDate: d.scheduledDate,
                      timeSlot: d.timeSlot,
                      riderId: d.rider?.id ?? null,
                    }}
                    riders={riders}
                    today={today}
                    schedule={schedule}
                    markReturned={markReturned}
                    resetCodeLock={resetCodeLock}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <BulkScheduleBar riders={riders} today={today} bulkSchedule={bulkSchedule} />
    </BulkSelection>
  );
}

function toBulkRow(d: TDeliveryRowView): TBulkRow {
  return { id: d.id, orderNumber: d.orderNumber, isSelectable: d.canSchedule };
}

/** Where it goes; a pickup at its point reads "Ready for collection at …", highlighted. */
function Place({ d }: { d: TDeliveryRowView }) {
  const isReady = d.method === "PICKUP" && d.status === "OUT_FOR_DELIVERY";
  return <p className={isReady ? "font-semibold text-brand-700" : "text-ink-muted md:text-ink"}>{d.place}</p>;
}

/** The day, then the slot: one line in a card, two in the table. */
function When({ d }: { d: TDeliveryRowView }) {
  if (!d.scheduledDate) return <span className="text-ink-muted">Not scheduled</span>;
  return (
    <>
      <span className="whitespace-nowrap md:block">{formatDate(`${d.scheduledDate}T12:00:00.000Z`, "EEE d MMM")}</span>
      {d.slotLabel ? (
        <>
          <span className="md:hidden"> · </span>
          <span className="whitespace-nowrap md:block md:text-xs md:text-ink-muted">{d.slotLabel}</span>
        </>
      ) : null}
    </>
  );
}

function LockedMark() {
  return (
    <span title="Locked after too many wrong delivery codes" className="text-danger-700">
      <Lock aria-label="Code locked" className="h-4 w-4" />
    </span>
  );
}
