import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { MembershipRole, VendorStatus } from "@/lib/generated/prisma/enums";

export type TVendorApplication = {
  vendorId: string;
  role: MembershipRole;
  name: string;
  status: VendorStatus;
  /** When the (latest) application was submitted. */
  submittedAt: Date;
  rejectionReason: string | null;
  rejectedAt: Date | null;
  suspensionReason: string | null;
  /** The answers, to prefill "apply again". */
  originId: string;
  contactEmail: string;
  contactPhone: string | null;
  categories: string[];
  sampleLinks: string[];
  note: string | null;
  payout: { type: "BANK" | "MOBILE_MONEY"; bankCode: string; accountNumber: string; accountName: string } | null;
};

/**
 * The vendor the user belongs to, as /sell shows it (read from the database, not the session:
 * a membership made a moment ago is not in the JWT yet), or null for someone who never applied.
 */
export async function getVendorApplication(
  { userId }: { userId: string },
  db: Db = prisma,
): Promise<TVendorApplication | null> {
  const m = await db.vendorMembership.findUnique({
    where: { userId },
    select: {
      role: true,
      vendor: {
        select: {
          id: true,
          name: true,
          status: true,
          createdAt: true,
          rejectionReason: true,
          rejectedAt: true,
          suspensionReason: true,
          originId: true,
          contactEmail: true,
          contactPhone: true,
          applicationCategories: true,
          sampleLinks: true,
          applicationNote: true,
          payoutRecipients: {
            where: { isDefault: true },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { type: true, bankCode: true, accountNumber: true, accountName: true },
          },
        },
      },
    },
  });
  if (!m) return null;
  const v = m.vendor;
  const submitted = await db.auditLog.findFirst({
    where: { entityType: "Vendor", entityId: v.id, action: "vendor.apply" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return {
    vendorId: v.id,
    role: m.role,
    name: v.name,
    status: v.status,
    submittedAt: submitted?.createdAt ?? v.createdAt,
    rejectionReason: v.rejectionReason,
    rejectedAt: v.rejectedAt,
    suspensionReason: v.suspensionReason,
    originId: v.originId,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    categories: v.applicationCategories,
    sampleLinks: v.sampleLinks,
    note: v.applicationNote,
    payout: v.payoutRecipients[0] ?? null,
  };
}
