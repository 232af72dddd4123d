// Vendor input schemas (isomorphic: the vendor application form validates with them too).
import { z } from "zod";
import { ZSlug } from "@/lib/catalog/schemas";

export const ZPayoutRecipientInput = z.object({
  type: z.enum(["BANK", "MOBILE_MONEY"]),
  accountName: z.string().trim().min(2).max(120),
  accountNumber: z
    .string()
    .trim()
    .regex(/^\d{6,20}$/, "digits only"),
  /** Paystack bank code (e.g. "MTN" for MTN Mobile Money, "GCB" ...). */
  bankCode: z.string().trim().min(2).max(20),
  bankName: z.string().trim().min(2).max(80),
});
export type TPayoutRecipientInput = z.input<typeof ZPayoutRecipientInput>;

export const ZCreateVendorInput = z.object({
  name: z.string().trim().min(2).max(80),
  /** Generated from the name (and made unique) when absent. */
  slug: ZSlug.optional(),
  legalName: z.string().trim().max(120).nullish(),
  description: z.string().trim().max(2000).default(""),
  logoUrl: z.string().trim().max(500).nullish(),
  contactEmail: z.string().trim().toLowerCase().email(),
  contactPhone: z.string().trim().max(30).nullish(),
  originId: z.string().min(1),
  status: z.enum(["PENDING", "ACTIVE", "SUSPENDED", "REJECTED"]).default("PENDING"),
  feeBps: z.number().int().min(0).max(10_000).nullish(),
  /** This user becomes the vendor's OWNER. */
  ownerUserId: z.string().min(1).nullish(),
  payoutRecipient: ZPayoutRecipientInput.nullish(),
});
export type TCreateVendorInput = z.input<typeof ZCreateVendorInput>;

export const ZOriginInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "a three-letter code such as LDN"),
  name: z.string().trim().min(2).max(60),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "ISO 3166 alpha-2"),
  isActive: z.boolean().default(true),
});
export type TOriginInput = z.input<typeof ZOriginInput>;
