// Delivery zone, pickup point and delivery lifecycle inputs (isomorphic: admin and rider
// forms validate with them too).
import { z } from "zod";
import { ZSlug } from "@/lib/catalog/schemas";
import { DeliveryFailureReason, DeliveryTimeSlot } from "@/lib/generated/prisma/enums";

export const ZDeliveryZoneInput = z.object({
  slug: ZSlug,
  name: z.string().trim().min(2).max(80),
  region: z.string().trim().min(2).max(80),
  feeMinor: z.number().int("must be a whole number of pesewas").min(0).max(10_000_000),
  etaDays: z.number().int().min(0).max(60).default(2),
  isActive: z.boolean().default(true),
  position: z.number().int().min(0).max(10_000).default(0),
});
export type TDeliveryZoneInput = z.input<typeof ZDeliveryZoneInput>;

export const ZPickupPointInput = z.object({
  slug: ZSlug,
  name: z.string().trim().min(2).max(80),
  address: z.string().trim().min(4).max(300),
  city: z.string().trim().min(2).max(80),
  phone: z.string().trim().min(6).max(30),
  openingHours: z.string().trim().min(2).max(200),
  /** The zone it sits in (by slug), for "pickup near you". */
  zoneSlug: ZSlug.nullish(),
  isActive: z.boolean().default(true),
});
export type TPickupPointInput = z.input<typeof ZPickupPointInput>;

// ── Delivery lifecycle inputs (ops and rider screens validate with the same schemas) ──

/**
 * Who moves a delivery: an admin or a rider with their user id, or the platform. A rider may
 * only move the deliveries assigned to them (any other is "not found" to them).
 */
export const ZDeliveryActor = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ADMIN"), id: z.string().min(1) }),
  z.object({ type: z.literal("RIDER"), id: z.string().min(1) }),
  z.object({ type: z.literal("SYSTEM"), id: z.string().min(1).optional() }),
]);
export type TDeliveryActor = z.infer<typeof ZDeliveryActor>;

const ZNote = z.string().trim().max(1000, "Keep the note under 1,000 characters");

const base = {
  deliveryId: z.string().min(1),
  actor: ZDeliveryActor,
  note: ZNote.optional(),
  /** The clock (tests and scripts pass theirs). */
  now: z.date().optional(),
};

export const ZScheduleDeliveryInput = z.object({
  ...base,
  /** The day, in Accra (YYYY-MM-DD). */
  date: z.iso.date("Choose a delivery date"),
  timeSlot: z.enum(DeliveryTimeSlot, "Choose a time slot"),
  /** A user with the RIDER role, or an operations admin who delivers it themselves. */
  riderId: z.string().min(1, "Choose a rider"),
});
export const ZDispatchDeliveryInput = z.object(base);
export const ZDeliverDeliveryInput = z.object({
  ...base,
  code: z
    .string()
    .trim()
    .regex(/^[0-9]{6}$/, "Enter the customer's 6-digit delivery code"),
});
export const ZFailDeliveryInput = z
  .object({ ...base, reason: z.enum(DeliveryFailureReason, "Choose why the delivery failed") })
  .refine((v) => v.reason !== "OTHER" || (v.note?.length ?? 0) >= 3, {
    message: "Say what happened",
    path: ["note"],
  });
export const ZReturnDeliveryInput = z.object({
  ...base,
  note: ZNote.min(3, "Say why the delivery goes back (the customer is told)"),
});
export const ZResetDeliveryCodeLockInput = z.object(base);

export const ZCreateReadyDeliveriesInput = z.object({
  /** Only these orders (a batch's, a payment's); all ready orders when absent. */
  orderIds: z.array(z.string().min(1)).max(1000).optional(),
  /** Orders looked at per run (the job runs every minute). */
  limit: z.number().int().min(1).max(1000).default(200),
  actor: ZDeliveryActor.default({ type: "SYSTEM" }),
});

export type TScheduleDeliveryInput = z.input<typeof ZScheduleDeliveryInput>;
export type TDispatchDeliveryInput = z.input<typeof ZDispatchDeliveryInput>;
export type TDeliverDeliveryInput = z.input<typeof ZDeliverDeliveryInput>;
export type TFailDeliveryInput = z.input<typeof ZFailDeliveryInput>;
export type TReturnDeliveryInput = z.input<typeof ZReturnDeliveryInput>;
export type TResetDeliveryCodeLockInput = z.input<typeof ZResetDeliveryCodeLockInput>;
export type TCreateReadyDeliveriesInput = z.input<typeof ZCreateReadyDeliveriesInput>;
