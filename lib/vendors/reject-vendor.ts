import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { notifyVendor } from "@/lib/notifications/enqueue";
import { moveVendorStatus } from "@/lib/vendors/move-vendor-status";

/** PENDING → REJECTED with the reason the applicant sees (they may apply again from /sell). */
export async function rejectVendor(
  { vendorId, reason, actorId }: { vendorId: string; reason: string; actorId: string },
  db: Db = prisma,
) {
  return inTransaction(db, async (tx) => {
    const now = new Date();
    const v = await moveVendorStatus(tx, {
      vendorId,
      decision: "reject",
      data: { rejectedAt: now, rejectionReason: reason, reviewedById: actorId },
    });
    await notifyVendor(
      {
        vendorId,
        topic: "ACCOUNT",
        templateKey: "vendor.application_rejected",
        data: { vendorName: v.name, reason },
        dedupeKey: `vendor.application_rejected:${vendorId}:${now.getTime()}`,
      },
      tx,
    );
    return { vendorId, before: v.before, reason };
  });
}
