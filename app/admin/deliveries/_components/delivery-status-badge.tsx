import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";

export const DELIVERY_STATUS_LABEL: Record<DeliveryStatus, string> = {
  PENDING: "To schedule",
  SCHEDULED: "Scheduled",
  OUT_FOR_DELIVERY: "Out for delivery",
  DELIVERED: "Delivered",
  FAILED: "Failed",
  RETURNED: "Returned",
  CANCELLED: "Cancelled",
};

const TONE: Record<DeliveryStatus, TBadgeTone> = {
  PENDING: "warning",
  SCHEDULED: "brand",
  OUT_FOR_DELIVERY: "accent",
  DELIVERED: "neutral",
  FAILED: "danger",
  RETURNED: "outline",
  CANCELLED: "outline",
};

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <Badge tone={TONE[status]}>{DELIVERY_STATUS_LABEL[status]}</Badge>;
}
