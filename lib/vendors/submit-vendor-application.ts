import "server-only";
import { z } from "zod";
import { normalizeGhanaPhone } from "@/lib/addresses/schemas";
import { uniqueSlug } from "@/lib/catalog/unique-slug";
import { type Db, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyVendor } from "@/lib/notifications/enqueue";
import { addVendorMember } from "@/lib/vendors/add-vendor-member";
import { verifyPayoutAccount, ZPayoutAccountInput } from "@/lib/vendors/payout-account";

// /sell: a signed-in user applies to sell. The application becomes a PENDING vendor with the
// user as its OWNER and a default payout recipient (registered at Paystack only when an admin
// approves). A REJECTED applicant applies again on the same vendor, which goes back to
// PENDING with the new answers.

export const MAX_SAMPLE_LINKS = 5;
export const MAX_APPLICATION_CATEGORIES = 10;

/** A contact number: Ghanaian ones in any usual form, others with their country code → "+447700900123". */
function normalizeContactPhone(input: string): string | null {
  const ghana = normalizeGhanaPhone(input);
  if (ghana) return ghana;
  const compact = input.replace(/[\s\-().]/g, "");
  const m = /^(?:\+|00)([1-9]\d{6,14})$/.exec(compact);
  return m ? `+${m[1]}` : null;
}

/** A form value that may come as one string, repeated keys (an array) or nothing. */
const list = (v: unknown) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const ZSampleLink = z
  .string()
  .trim()
  .max(500, "Keep each link under 500 characters")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Enter a full web address starting with https://");

export const ZVendorApplicationFields = z.object({
  businessName: z
    .string({ error: "Enter your business name" })
    .trim()
    .min(2, "Enter your business name")
    .max(80, "Keep the name under 80 characters"),
  originId: z.string({ error: "Choose where you source from" }).trim().min(1, "Choose where you source from").max(40),
  contactEmail: z
    .string({ error: "Enter a contact email" })
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter an email like you@business.com").max(200)),
  contactPhone: z
    .string({ error: "Enter a contact phone number" })
    .trim()
    .min(1, "Enter a contact phone number")
    .transform((v, ctx) => {
      const n = normalizeContactPhone(v);
      if (!n) {
        ctx.addIssue({ code: "custom", message: "Enter the number with its country code, e.g. +44 7700 900123" });
        return z.NEVER;
      }
      return n;
    }),
  categories: z.preprocess(
    (v) => list(v).filter((s) => typeof s !== "string" || s.trim() !== ""),
    z
      .array(z.string().trim().min(1).max(80))
      .min(1, "Choose at least one category you sell in")
      .max(MAX_APPLICATION_CATEGORIES, `Choose at most ${MAX_APPLICATION_CATEGORIES} categories`)
      .transform((a) => [...new Set(a)]),
  ),
  sampleLinks: z.preprocess(
    (v) => list(v).filter((s) => typeof s !== "string" || s.trim() !== ""),
    z
      .array(ZSampleLink)
      .max(MAX_SAMPLE_LINKS, `Add at most ${MAX_SAMPLE_LINKS} links`)
      .transform((a) => [...new Set(a)]),
  ),
  note: z
    .string()
    .trim()
    .max(2000, "Keep the note under 2,000 characters")
    .nullish()
    .transform((v) => v || null),
});

/** The whole /sell form: the application fields and the payout account fields, flat. */
export const ZVendorApplicationInput = z.intersection(ZVendorApplicationFields, ZPayoutAccountInput);

export type TSubmittedApplication = { vendorId: string; slug: string; reapplied: boolean };

function fieldError(field: string, message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}

/**
 * Submits (or, after a rejection, resubmits) the user's application. Validation failures are
 * field errors; a user who already works for a vendor that is not REJECTED is CONFLICT.
 */
export async function submitVendorApplication(
  { userId, application }: { userId: string; application: unknown },
  db: Db = prisma,
): Promise<TSubmittedApplication> {
  const fields = ZVendorApplicationInput.parse(application);
  const payout = await verifyPayoutAccount(application);
  try {
    return await inTransaction(db, async (tx) => {
      const origin = await tx.origin.findFirst({
        where: { id: fields.originId, isActive: true },
        select: { id: true },
      });
      if (!origin) throw fieldError("originId", "Choose where you source from");
      const known = await tx.category.findMany({
        where: { slug: { in: fields.categories }, parentId: null },
        select: { slug: true },
      });
      if (known.length !== fields.categories.length) throw fieldError("categories", "Choose categories from the list");

      const current = await tx.vendorMembership.findUnique({
        where: { userId },
        select: { role: true, vendor: { select: { id: true, slug: true, status: true, name: true } } },
      });
      if (current && (current.vendor.status !== "REJECTED" || current.role !== "OWNER"))
        throw new AppError(
          "CONFLICT",
          current.vendor.status === "PENDING"
            ? "You have already applied: we are reviewing your application."
            : `You already work for ${current.vendor.name} on Londom.`,
        );

      const data = {
        name: fields.businessName,
        contactEmail: fields.contactEmail,
        contactPhone: fields.contactPhone,
        originId: origin.id,
        applicationCategories: fields.categories,
        sampleLinks: fields.sampleLinks,
        applicationNote: fields.note,
      };
      const recipient = {
        type: payout.type,
        accountName: payout.accountName,
        accountNumber: payout.accountNumber,
        bankCode: payout.bankCode,
        bankName: payout.bankName,
      };

      let vendor: { id: string; slug: string };
      if (current) {
        // Applying again: the same vendor back to PENDING, the review fields cleared.
        const moved = await tx.vendor.updateMany({
          where: { id: current.vendor.id, status: "REJECTED" },
          data: { ...data, status: "PENDING", rejectedAt: null, rejectionReason: null, reviewedById: null },
        });
        if (moved.count !== 1) throw new AppError("CONFLICT", "Your application changed meanwhile. Reload the page.");
        vendor = current.vendor;
        // Never registered (the vendor was never approved): replace the payout account.
        await tx.payoutRecipient.deleteMany({ where: { vendorId: vendor.id, payouts: { none: {} } } });
        await tx.payoutRecipient.updateMany({ where: { vendorId: vendor.id }, data: { isDefault: false } });
      } else {
        vendor = await tx.vendor.create({
          data: {
            ...data,
            slug: await uniqueSlug({ table: "vendor", text: fields.businessName }, tx),
            status: "PENDING",
          },
          select: { id: true, slug: true },
        });
        await addVendorMember({ vendorId: vendor.id, userId, role: "OWNER" }, tx);
      }
      await tx.payoutRecipient.create({ data: { vendorId: vendor.id, ...recipient, isDefault: true } });
      await notifyVendor(
        {
          vendorId: vendor.id,
          topic: "ACCOUNT",
          templateKey: "vendor.application_received",
          data: { vendorName: fields.businessName },
          dedupeKey: `vendor.application_received:${vendor.id}:${Date.now()}`,
        },
        tx,
      );
      return { vendorId: vendor.id, slug: vendor.slug, reapplied: Boolean(current) };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "Your application was just submitted from another tab. Reload the page.", {
        cause: e,
      });
    throw e;
  }
}
