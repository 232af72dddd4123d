// What a row of /admin/deliveries shows (DeliveryRows, a client component): the page sends only
// this, with the place, rider and failure already in words, not the whole list row.
import { deliveryPlaceLabel, deliveryRiderLabel } from "@/lib/deliveries/delivery-labels";
import { DELIVERY_FAILURE_REASONS } from "@/lib/deliveries/delivery-transitions";
import type { TAdminDeliveryRow } from "@/lib/deliveries/list-admin-deliveries";

export type TDeliveryRowView = Pick<
  TAdminDeliveryRow,
  "id" | "status" | "method" | "orderNumber" | "scheduledDate" | "timeSlot" | "slotLabel" | "rider" | "isCodeLocked"
> & {
  customer: { name: string; phone: string };
  /** deliveryPlaceLabel: "Ready for collection at Osu hub", a HOME delivery's zone and area. */
  place: string;
  /** deliveryRiderLabel: "Kwabena Osei (to the point)", "No rider yet". */
  riderLabel: string;
  /** Why its last attempt failed, and the rider's note. */
  failure: string | null;
  /** What the lifecycle allows now (the row's buttons and its checkbox). */
  canSchedule: boolean;
  canReturn: boolean;
};

/** Only what the rows show: the page hands this to the client, not the whole list row. */
export function toDeliveryRowView(d: TAdminDeliveryRow): TDeliveryRowView {
  return {
    id: d.id,
    status: d.status,
    method: d.method,
    orderNumber: d.orderNumber,
    customer: { name: d.customer.name, phone: d.customer.phone },
    place: deliveryPlaceLabel(d),
    scheduledDate: d.scheduledDate,
    timeSlot: d.timeSlot,
    slotLabel: d.slotLabel,
    rider: d.rider ? { id: d.rider.id, name: d.rider.name } : null,
    riderLabel: deliveryRiderLabel(d),
    failure: d.failureReason
      ? `${DELIVERY_FAILURE_REASONS[d.failureReason]}${d.failureNote ? `: ${d.failureNote}` : ""}`
      : null,
    isCodeLocked: d.isCodeLocked,
    canSchedule: d.events.includes("SCHEDULE"),
    canReturn: d.events.includes("RETURN"),
  };
}
