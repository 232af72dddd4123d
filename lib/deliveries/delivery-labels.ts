// How a delivery reads to operators (isomorphic: the board and its client pieces use it). A
// PICKUP delivery runs the same lifecycle as a HOME one — scheduled onto a run to its pickup
// point, "out" once it is at the point (the customer is then sent "ready for collection" with
// their code), DELIVERED when they collect it with that code — but it is not a trip to the
// customer's door, so it is named after its point and what the customer does there.
import type { DeliveryMethod, DeliveryStatus } from "@/lib/generated/prisma/enums";

export const DELIVERY_STATUS_LABEL: Record<DeliveryStatus, string> = {
  PENDING: "To schedule",
  SCHEDULED: "Scheduled",
  OUT_FOR_DELIVERY: "Out for delivery",
  DELIVERED: "Delivered",
  FAILED: "Failed",
  RETURNED: "Returned",
  CANCELLED: "Cancelled",
};

const PICKUP_STATUS_LABEL: Record<DeliveryStatus, string> = {
  ...DELIVERY_STATUS_LABEL,
  SCHEDULED: "Going to the point",
  OUT_FOR_DELIVERY: "Ready for collection",
  DELIVERED: "Collected",
  FAILED: "Not collected",
};

/** The status as the badge says it: "Ready for collection" for a pickup at its point. */
export function deliveryStatusLabel(status: DeliveryStatus, method: DeliveryMethod): string {
  return (method === "PICKUP" ? PICKUP_STATUS_LABEL : DELIVERY_STATUS_LABEL)[status];
}

export type TDeliveryPlaceInput = {
  status: DeliveryStatus;
  method: DeliveryMethod;
  pickupPointName: string | null;
  zoneName: string | null;
  addressSummary: string | null;
};

/**
 * Where it goes, in the words of its state: "Ready for collection at Osu hub" (at the point,
 * the customer told), "Collected at Osu hub", "For collection at Osu hub" before it reaches
 * the point; a HOME delivery's zone and area.
 */
export function deliveryPlaceLabel(d: TDeliveryPlaceInput): string {
  if (d.method === "PICKUP") {
    const point = d.pickupPointName ?? "a pickup point";
    switch (d.status) {
      case "OUT_FOR_DELIVERY":
        return `Ready for collection at ${point}`;
      case "DELIVERED":
        return `Collected at ${point}`;
      case "FAILED":
        return `Not collected at ${point}`;
      default:
        return `For collection at ${point}`;
    }
  }
  return [d.zoneName, d.addressSummary].filter(Boolean).join(" · ") || "Home delivery";
}

/** What the rider column means: for a pickup the rider only takes it to the point. */
export function deliveryRiderLabel(d: { method: DeliveryMethod; rider: { name: string } | null }): string {
  if (!d.rider) return d.method === "PICKUP" ? "No run to the point yet" : "No rider yet";
  return d.method === "PICKUP" ? `${d.rider.name} (to the point)` : d.rider.name;
}
