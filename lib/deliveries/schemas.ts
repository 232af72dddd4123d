// Delivery zone and pickup point inputs (isomorphic: admin forms validate with them too).
import { z } from "zod";
import { ZSlug } from "@/lib/catalog/schemas";

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
