// Demo deliveries: one paid in-stock order of Ama's per delivery state, so the ops and
// customer views have something in each (built through the real checkout, payment and
// delivery use cases by prisma/seeders/deliveries.ts).
import type { DeliveryFailureReason, DeliveryStatus } from "@/lib/generated/prisma/enums";

export const DEMO_DELIVERY_CUSTOMER = "ama@londom.test";
export const DEMO_RIDER = "rider@londom.test";

export type TDemoDelivery = {
  /** Part of the order's idempotency key: the natural key that makes the seed idempotent. */
  key: string;
  status: DeliveryStatus;
  /** PICKUP: at this pickup point (else home delivery to Ama's default address). */
  pickupPointSlug?: string;
  failure?: { reason: DeliveryFailureReason; note: string };
  returnNote?: string;
};

export const DEMO_DELIVERIES: TDemoDelivery[] = [
  { key: "pending", status: "PENDING" },
  { key: "scheduled", status: "SCHEDULED", pickupPointSlug: "kumasi-adum" },
  { key: "out-for-delivery", status: "OUT_FOR_DELIVERY" },
  { key: "delivered", status: "DELIVERED" },
  { key: "failed", status: "FAILED", failure: { reason: "NOT_HOME", note: "Called twice, no answer at the gate" } },
  {
    key: "returned",
    status: "RETURNED",
    failure: { reason: "REFUSED", note: "Customer said she did not order it" },
    returnNote: "Refused at the door; back at the Kumasi hub for the refund",
  },
];
