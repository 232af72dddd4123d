import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { ZCreateVendorInput, type TCreateVendorInput } from "@/lib/vendors/schemas";
import { uniqueSlug } from "@/lib/catalog/unique-slug";
import { addVendorMember } from "@/lib/vendors/add-vendor-member";

const SELECT = { id: true, slug: true, name: true, status: true, originId: true } as const;
export type TVendorRow = { id: string; slug: string; name: string; status: string; originId: string };

/**
 * Creates a vendor, optionally with its OWNER membership and a default payout recipient,
 * in one transaction. Duplicate slug → CONFLICT; unknown origin or owner → NOT_FOUND.
 */
export async function createVendor(input: TCreateVendorInput, db: Db = prisma): Promise<TVendorRow> {
  const data = ZCreateVendorInput.parse(input);
  try {
    return await inTransaction(db, async (tx) => {
      if (!(await tx.origin.findUnique({ where: { id: data.originId }, select: { id: true } }))) {
        throw new AppError("NOT_FOUND", "Origin not found.");
      }
      let slug = data.slug;
      if (slug) {
        if (await tx.vendor.findUnique({ where: { slug }, select: { id: true } })) {
          throw new AppError("CONFLICT", `The vendor slug "${slug}" is taken.`);
        }
      } else {
        slug = await uniqueSlug({ table: "vendor", text: data.name }, tx);
      }
      const vendor = await tx.vendor.create({
        data: {
          slug,
          name: data.name,
          legalName: data.legalName ?? null,
          description: data.description,
          logoUrl: data.logoUrl ?? null,
          contactEmail: data.contactEmail,
          contactPhone: data.contactPhone ?? null,
          originId: data.originId,
          status: data.status,
          feeBps: data.feeBps ?? null,
          approvedAt: data.status === "ACTIVE" ? new Date() : null,
        },
        select: SELECT,
      });
      if (data.ownerUserId) await addVendorMember({ vendorId: vendor.id, userId: data.ownerUserId, role: "OWNER" }, tx);
      if (data.payoutRecipient) {
        await tx.payoutRecipient.create({ data: { vendorId: vendor.id, ...data.payoutRecipient, isDefault: true } });
      }
      return vendor;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "A vendor with this slug already exists.", { cause: e });
    throw e;
  }
}
