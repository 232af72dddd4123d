// What a vendor sees of its order lines and may do to them (isomorphic and pure: the vendor's
// orders page shows the same tabs and refusals the use cases apply, and the tests read both).
//
// A vendor sees its paid lines and how they ended — never an unpaid checkout's hold (RESERVED,
// RELEASED). It marks a pre-order line procured (handed over to consolidation) while the line
// is CONFIRMED and its batch has not shipped; "cannot source" is markUnavailableRefusal's rule.
import type { Availability, BatchStatus, OrderLineStatus } from "@/lib/generated/prisma/enums";
import { ENDED_LINE_STATUSES, isIn, PAID_LINE_STATUSES } from "@/lib/orders/statuses";

export const VENDOR_VISIBLE_LINE_STATUSES = [
  ...PAID_LINE_STATUSES,
  "UNAVAILABLE",
  "CANCELLED",
  "RETURNED",
] as const satisfies readonly OrderLineStatus[];

/** The status tabs of /vendor/orders, in display order. */
export const VENDOR_LINE_TABS = {
  "to-procure": { label: "To procure", statuses: ["CONFIRMED"] },
  procured: { label: "Procured", statuses: ["PROCURED"] },
  unavailable: { label: "Unavailable", statuses: ["UNAVAILABLE"] },
  shipped: { label: "Shipped+", statuses: ["SHIPPED", "ARRIVED", "OUT_FOR_DELIVERY", "DELIVERED"] },
  all: { label: "All", statuses: VENDOR_VISIBLE_LINE_STATUSES },
} as const satisfies Record<string, { label: string; statuses: readonly OrderLineStatus[] }>;
export type TVendorLineTab = keyof typeof VENDOR_LINE_TABS;
export const VENDOR_LINE_TAB_KEYS = Object.keys(VENDOR_LINE_TABS) as [TVendorLineTab, ...TVendorLineTab[]];

export const VENDOR_LINE_STATUS_LABEL: Record<OrderLineStatus, string> = {
  RESERVED: "Awaiting payment",
  CONFIRMED: "To procure",
  PROCURED: "Procured",
  SHIPPED: "Shipped",
  ARRIVED: "Arrived in Accra",
  OUT_FOR_DELIVERY: "Out for delivery",
  DELIVERED: "Delivered",
  RELEASED: "Released",
  UNAVAILABLE: "Unavailable",
  CANCELLED: "Cancelled",
  RETURNED: "Returned",
};

/** A batch still collecting or waiting for the vendors' goods: lines may be procured into it. */
export const UNSHIPPED_BATCH_STATUSES = ["DRAFT", "OPEN", "CLOSED"] as const satisfies readonly BatchStatus[];

export type TProcurableLine = {
  availability: Availability;
  status: OrderLineStatus;
  batch: { code: string; status: BatchStatus } | null;
};

/** Why this line cannot be marked procured now, or null. */
export function procureRefusal(line: TProcurableLine): string | null {
  if (line.availability !== "PRE_ORDER" || !line.batch)
    return "In-stock items are not procured: hand them over from stock for dispatch.";
  if (line.batch.status === "CANCELLED") return `Batch ${line.batch.code} was cancelled.`;
  if (!isIn(UNSHIPPED_BATCH_STATUSES, line.batch.status)) return `Batch ${line.batch.code} has already shipped.`;
  if (line.status === "CONFIRMED") return null;
  if (line.status === "PROCURED") return "Already marked procured.";
  if (isIn(ENDED_LINE_STATUSES, line.status)) return "This item has ended (cancelled, unavailable or returned).";
  return "This item is already on its way.";
}
