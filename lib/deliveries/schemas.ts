// Delivery zone, pickup point and delivery lifecycle inputs (isomorphic: admin and rider
// forms validate with them too).
import { z } from "zod";
import { GHANA_REGIONS, ZGhanaPhone } from "@/lib/addresses/schemas";
import { ZSlug } from "@/lib/catalog/schemas";
import { DeliveryFailureReason, DeliveryTimeSlot } from "@/lib/generated/prisma/enums";
import { parseMoney } from "@/lib/money";

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

// ── Admin: zones and pickup points (/admin/deliveries/zones, /admin/deliveries/pickup-points) ──

/** The largest fee a zone may charge: GH₵ 100,000.00. */
export const MAX_ZONE_FEE_MINOR = 10_000_000;

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const emptyToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

/** The slug of a zone or pickup point: made from the name when left empty. */
const ZOptionalSlug = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "Use at least 2 characters, or leave it empty to make one from the name")
    .max(80, "Keep the slug under 80 characters")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes (e.g. east-legon)")
    .optional(),
);

/** A fee typed in cedis ("25", "25.50", "GH₵ 1,200") → pesewas. */
export const ZCedisFee = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const minor = parseMoney(String(v));
  if (minor === null || minor < 0) {
    ctx.addIssue({ code: "custom", message: "Enter the fee in cedis, e.g. 25 or 25.50" });
    return z.NEVER;
  }
  if (minor > MAX_ZONE_FEE_MINOR) {
    ctx.addIssue({ code: "custom", message: "Keep the fee under GH₵ 100,000.00" });
    return z.NEVER;
  }
  return minor;
});

const ZEtaDays = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const text = String(v).trim();
  if (!/^\d{1,3}$/.test(text) || Number(text) > 60) {
    ctx.addIssue({ code: "custom", message: "Enter a whole number of days from 0 to 60" });
    return z.NEVER;
  }
  return Number(text);
});

const ZRecordId = z.string().trim().min(1).max(40);

const ZZoneFields = {
  id: z.preprocess(emptyToUndefined, ZRecordId.optional()),
  name: z
    .string()
    .trim()
    .min(2, "Give the zone a name (at least 2 characters)")
    .max(80, "Keep the name under 80 characters"),
  slug: ZOptionalSlug,
  region: z.enum(GHANA_REGIONS, { error: "Choose a region" }),
  etaDays: ZEtaDays,
};

/** Create (no id) or edit (id) a delivery zone, fee in pesewas (saveDeliveryZone). New zones go last. */
export const ZSaveDeliveryZoneInput = z.object({
  ...ZZoneFields,
  feeMinor: z
    .number()
    .int("must be a whole number of pesewas")
    .min(0, "must not be negative")
    .max(MAX_ZONE_FEE_MINOR, "Keep the fee under GH₵ 100,000.00"),
});
export type TSaveDeliveryZoneInput = z.input<typeof ZSaveDeliveryZoneInput>;

/** The admin's zone form: the fee typed in cedis ("fee"), handed on in pesewas ("feeMinor"). */
export const ZDeliveryZoneForm = z
  .object({ ...ZZoneFields, fee: ZCedisFee })
  .transform(({ fee, ...rest }) => ({ ...rest, feeMinor: fee }));
export type TDeliveryZoneForm = z.input<typeof ZDeliveryZoneForm>;

/** Create (no id) or edit (id) a pickup point from the admin form. */
export const ZSavePickupPointInput = z.object({
  id: z.preprocess(emptyToUndefined, ZRecordId.optional()),
  name: z
    .string()
    .trim()
    .min(2, "Give the pickup point a name (at least 2 characters)")
    .max(80, "Keep the name under 80 characters"),
  slug: ZOptionalSlug,
  address: z
    .string()
    .trim()
    .min(4, "Enter the street address customers go to")
    .max(300, "Keep the address under 300 characters"),
  city: z.string().trim().min(2, "Enter the city or town").max(80, "Keep the city under 80 characters"),
  phone: ZGhanaPhone,
  openingHours: z
    .string()
    .trim()
    .min(2, "Say when customers can collect, e.g. Mon–Sat 9:00–18:00")
    .max(200, "Keep the opening hours under 200 characters"),
  /** The zone it sits in ("pickup near you"); none when empty. */
  zoneId: z.preprocess(emptyToNull, ZRecordId.nullable()),
});
export type TSavePickupPointInput = z.input<typeof ZSavePickupPointInput>;

export const ZSetActiveInput = z.object({ id: ZRecordId, isActive: z.boolean() });
export type TSetActiveInput = z.input<typeof ZSetActiveInput>;
export const ZRecordIdInput = z.object({ id: ZRecordId });
export const ZMoveDeliveryZoneInput = z.object({ id: ZRecordId, direction: z.enum(["up", "down"]) });
export type TMoveDeliveryZoneInput = z.input<typeof ZMoveDeliveryZoneInput>;

/** The admin lists' filters (in the URL). */
export const ZZoneListFilters = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(["active", "inactive"]).optional(),
});
export type TZoneListFilters = z.input<typeof ZZoneListFilters>;
