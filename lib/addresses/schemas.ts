// Ghana delivery address: zod schemas shared by the address book forms (client) and the
// domain functions (server). Isomorphic: no server imports.
import { z } from "zod";
import type { TDeliveryZone } from "./types";

/** The 16 regions of Ghana (2019 reorganisation), in the order people expect to find them. */
export const GHANA_REGIONS = [
  "Greater Accra",
  "Ashanti",
  "Central",
  "Eastern",
  "Western",
  "Western North",
  "Volta",
  "Oti",
  "Northern",
  "Savannah",
  "North East",
  "Upper East",
  "Upper West",
  "Bono",
  "Bono East",
  "Ahafo",
] as const;

export type TGhanaRegion = (typeof GHANA_REGIONS)[number];

// Ghana numbers: 0XX XXX XXXX locally or +233 XX XXX XXXX; the national number is 9 digits
// starting 2 (mobile/landline), 3 (landline) or 5 (mobile).
const GHANA_PHONE = /^(?:\+?233|0)([235]\d{8})$/;

/** "024 412 3456" / "+233244123456" / "233 24 412 3456" → "+233244123456"; null if not Ghanaian. */
export function normalizeGhanaPhone(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, "");
  const m = GHANA_PHONE.exec(compact);
  return m ? `+233${m[1]}` : null;
}

/** "+233244123456" → "024 412 3456" for display. */
export function formatGhanaPhone(e164: string): string {
  const m = /^\+233(\d{2})(\d{3})(\d{4})$/.exec(e164);
  return m ? `0${m[1]} ${m[2]} ${m[3]}` : e164;
}

export const ZGhanaPhone = z
  .string()
  .trim()
  .min(1, "Enter a phone number")
  .transform((v, ctx) => {
    const n = normalizeGhanaPhone(v);
    if (!n) {
      ctx.addIssue({ code: "custom", message: "Enter a Ghana number like 024 123 4567 or +233 24 123 4567" });
      return z.NEVER;
    }
    return n;
  });

// GhanaPost GPS digital address, e.g. GA-183-8164 (district code, then 3–4 + 3–4 digits).
const GPS_ADDRESS = /^[A-Z]{2}\d?-\d{3,4}-\d{3,4}$/;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);

export const ZAddressInput = z.object({
  label: optionalText(40),
  recipientName: z.string().trim().min(2, "Enter the recipient's name").max(80, "Keep it under 80 characters"),
  phone: ZGhanaPhone,
  line1: z.string().trim().min(3, "Enter the house number and street").max(120, "Keep it under 120 characters"),
  line2: optionalText(120),
  area: z.string().trim().min(2, "Enter the area or neighbourhood").max(80, "Keep it under 80 characters"),
  city: z.string().trim().min(2, "Enter the town or city").max(60, "Keep it under 60 characters"),
  region: z.enum(GHANA_REGIONS, { error: "Choose a region" }),
  landmark: optionalText(120),
  gpsAddress: z
    .string()
    .trim()
    .toUpperCase()
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null)
    .refine((v) => v === null || GPS_ADDRESS.test(v), "GhanaPost GPS looks like GA-183-8164"),
  zoneId: z.string().trim().min(1, "Choose a delivery zone").max(40),
  isDefault: z.boolean().optional().default(false),
});

/** What forms send (before normalisation). */
export type TAddressFormValues = z.input<typeof ZAddressInput>;
/** What the domain stores (normalised phone, nulls for blanks). */
export type TAddressInput = z.output<typeof ZAddressInput>;

export const ZAddressId = z.string().trim().min(1).max(40);

// Is the delivery zone chosen for an address plausible for where the address is? The zone sets
// the fee and the rider's route, and a shopper scrolling a list of zones can easily pick the
// wrong one. The address form warns as you type; nothing here blocks saving: the zone list is
// coarse and a neighbourhood we do not know by name is not an error.

type TPlace = { area?: string | null; city?: string | null; region?: string | null };

// Words that say nothing about which zone a place is in ("Accra": most Greater Accra zones
// are in Accra, so "Kaneshie, Accra" must not read as a vote for "Accra Central").
const NOISE = new Set(["and", "the", "community", "central", "road", "new", "old", "accra"]);

function words(text: string | null | undefined): Set<string> {
  return new Set(
    (text ?? "")
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3 && !NOISE.has(w)),
  );
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/**
 * A warning sentence when `zoneId` looks wrong for the address (its region differs from the
 * address's region, or the area or town names another zone and not this one); null when the
 * zone is plausible or nothing is known either way.
 */
export function zonePlausibilityWarning(place: TPlace, zoneId: string, zones: TDeliveryZone[]): string | null {
  const zone = zones.find((z) => z.id === zoneId);
  if (!zone) return null;
  if (place.region && zone.region !== place.region)
    return `${zone.name} is a ${zone.region} zone, but this address is in ${place.region}. Check the zone: it sets the delivery fee.`;

  const zoneWords = words(zone.name);
  // The area says more than the town ("East Legon, Accra"): try it first.
  for (const [label, text] of [
    ["area", place.area],
    ["town", place.city],
  ] as const) {
    const placeWords = words(text);
    if (placeWords.size === 0) continue;
    if (overlaps(placeWords, zoneWords)) return null;
    const other = zones.find((z) => z.id !== zone.id && overlaps(placeWords, words(z.name)));
    if (other)
      return `The ${label} “${text?.trim()}” sounds like the ${other.name} zone, not ${zone.name}. Check the zone: it sets the delivery fee.`;
  }
  return null;
}
