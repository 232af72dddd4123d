import "server-only";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockVendor } from "@/lib/vendors/lock-vendor";
import { ZVendorProfileInput } from "@/lib/vendors/settings-schemas";
import { ZVendorApplicationFields } from "@/lib/vendors/submit-vendor-application";

// The shop's business profile (/vendor/settings). The slug stays (links and orders point at
// it); the name shows on the storefront, so the vendor's cached catalog reads are expired.

const PROFILE_SELECT = {
  name: true,
  legalName: true,
  description: true,
  logoUrl: true,
  contactEmail: true,
  contactPhone: true,
} as const;

/** The form's schema with the phone normalised the way /sell does it (Ghana or with a country code). */
const ZServerProfile = ZVendorProfileInput.extend({ contactPhone: ZVendorApplicationFields.shape.contactPhone });

type TProfile = {
  [K in keyof typeof PROFILE_SELECT]: K extends "name" | "description" | "contactEmail" ? string : string | null;
};

export type TUpdatedVendorProfile = {
  /** Only the fields that changed, before and after (the audit row). */
  before: Partial<TProfile>;
  after: Partial<TProfile>;
  changed: (keyof TProfile)[];
};

/** Parses and saves the profile; the contact phone is normalised as the /sell form does. */
export async function updateVendorProfile(
  { vendorId, profile }: { vendorId: string; profile: unknown },
  db: Db = prisma,
): Promise<TUpdatedVendorProfile> {
  const next: TProfile = ZServerProfile.parse(profile);
  return inTransaction(db, async (tx) => {
    await lockVendor(tx, vendorId);
    const current = await tx.vendor.findUnique({
      where: { id: vendorId },
      select: { ...PROFILE_SELECT, status: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "Shop not found.");
    const changed = (Object.keys(PROFILE_SELECT) as (keyof TProfile)[]).filter((k) => current[k] !== next[k]);
    if (changed.length === 0) return { before: {}, after: {}, changed };
    const pick = (src: TProfile) => Object.fromEntries(changed.map((k) => [k, src[k]])) as Partial<TProfile>;
    await tx.vendor.update({ where: { id: vendorId }, data: pick(next), select: { id: true } });
    if (changed.some((k) => k === "name" || k === "description" || k === "logoUrl"))
      await invalidateCatalog({ type: "vendor", vendorId }, tx);
    return { before: pick(current), after: pick(next), changed };
  });
}
