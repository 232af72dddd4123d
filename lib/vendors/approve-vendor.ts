import "server-only";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { notifyVendor } from "@/lib/notifications/enqueue";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";
import { moveVendorStatus } from "@/lib/vendors/move-vendor-status";
import {
  registerVendorPayoutRecipient,
  type TRecipientRegistration,
} from "@/lib/vendors/register-vendor-payout-recipient";
import { formatFeeBps } from "@/lib/vendors/statuses";

export type TApprovedVendor = {
  vendorId: string;
  feeBps: number | null;
  before: { status: string; feeBps: number | null };
  recipient: TRecipientRegistration;
};

/**
 * PENDING → ACTIVE: the fee rate (basis points; null = the platform default), approvedAt and
 * the reviewer; the vendor is told. Its payout account is registered at Paystack after the
 * commit: a Paystack refusal leaves the vendor ACTIVE with an unregistered account to retry.
 */
export async function approveVendor(
  { vendorId, feeBps, actorId }: { vendorId: string; feeBps: number | null; actorId: string },
  db: Db = prisma,
): Promise<TApprovedVendor> {
  const moved = await inTransaction(db, async (tx) => {
    const v = await moveVendorStatus(tx, {
      vendorId,
      decision: "approve",
      data: { feeBps, approvedAt: new Date(), reviewedById: actorId, rejectedAt: null, rejectionReason: null },
    });
    const effective = feeBps ?? (await getPlatformSettings(tx)).platformFeeBps;
    await notifyVendor(
      {
        vendorId,
        topic: "ACCOUNT",
        templateKey: "vendor.application_approved",
        data: { vendorName: v.name, feePercent: formatFeeBps(effective) },
        dedupeKey: `vendor.application_approved:${vendorId}`,
      },
      tx,
    );
    await invalidateCatalog({ type: "vendor", vendorId }, tx);
    return v;
  });
  const recipient = await registerVendorPayoutRecipient({ vendorId }, db);
  return { vendorId, feeBps: moved.feeBps, before: moved.before, recipient };
}
