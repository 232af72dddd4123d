import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { DELIVERY_STATUS_LABEL, deliveryStatusLabel } from "@/lib/deliveries/delivery-labels";
import type { DeliveryMethod, DeliveryStatus } from "@/lib/generated/prisma/enums";

export { DELIVERY_STATUS_LABEL };

const TONE: Record<DeliveryStatus, TBadgeTone> = {
  PENDING: "warning",
  SCHEDULED: "brand",
  OUT_FOR_DELIVERY: "accent",
  DELIVERED: "neutral",
  FAILED: "danger",
  RETURNED: "outline",
  CANCELLED: "outline",
};

/** The status in the delivery's own words ("Ready for collection" for a pickup at its point). */
export function DeliveryStatusBadge({ status, method = "HOME" }: { status: DeliveryStatus; method?: DeliveryMethod }) {
  return <Badge tone={TONE[status]}>{deliveryStatusLabel(status, method)}</Badge>;
}
