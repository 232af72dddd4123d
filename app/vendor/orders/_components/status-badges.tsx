import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { BatchStatus, OrderLineStatus } from "@/lib/generated/prisma/enums";
import { VENDOR_LINE_STATUS_LABEL } from "@/lib/orders/vendor-line-policy";

// The vendor's status badges (a line's and a batch's), shared by the orders page and the packing list.

const LINE_TONE: Record<OrderLineStatus, TBadgeTone> = {
  RESERVED: "outline",
  CONFIRMED: "warning",
  PROCURED: "brand",
  SHIPPED: "dark",
  ARRIVED: "dark",
  OUT_FOR_DELIVERY: "dark",
  DELIVERED: "neutral",
  RELEASED: "outline",
  UNAVAILABLE: "danger",
  CANCELLED: "danger",
  RETURNED: "danger",
};

export function LineStatusBadge({ status, isInStock }: { status: OrderLineStatus; isInStock?: boolean }) {
  const label = status === "CONFIRMED" && isInStock ? "To hand over" : VENDOR_LINE_STATUS_LABEL[status];
  return <Badge tone={LINE_TONE[status]}>{label}</Badge>;
}

const BATCH_TONE: Record<BatchStatus, TBadgeTone> = {
  DRAFT: "outline",
  OPEN: "brand",
  CLOSED: "accent",
  IN_TRANSIT: "dark",
  ARRIVED: "warning",
  COMPLETED: "neutral",
  CANCELLED: "danger",
};

export const VENDOR_BATCH_STATUS_LABEL: Record<BatchStatus, string> = {
  DRAFT: "Draft",
  OPEN: "Open",
  CLOSED: "Closed",
  IN_TRANSIT: "In transit",
  ARRIVED: "Arrived",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

export function VendorBatchStatusBadge({ status }: { status: BatchStatus }) {
  return <Badge tone={BATCH_TONE[status]}>{VENDOR_BATCH_STATUS_LABEL[status]}</Badge>;
}
