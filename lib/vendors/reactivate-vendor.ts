import "server-only";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { notifyVendor } from "@/lib/notifications/enqueue";
import { moveVendorStatus } from "@/lib/vendors/move-vendor-status";

/** SUSPENDED → ACTIVE: its ACTIVE products are back on the storefront at commit; the vendor is told. */
export async function reactivateVendor({ vendorId }: { vendorId: string }, db: Db = prisma) {
  return inTransaction(db, async (tx) => {
    const now = new Date();
    const v = await moveVendorStatus(tx, {
      vendorId,
      decision: "reactivate",
      data: { suspendedAt: null, suspensionReason: null },
    });
    await notifyVendor(
      {
        vendorId,
        topic: "ACCOUNT",
        templateKey: "vendor.reactivated",
        data: { vendorName: v.name },
        dedupeKey: `vendor.reactivated:${vendorId}:${now.getTime()}`,
      },
      tx,
    );
    await invalidateCatalog({ type: "vendor", vendorId }, tx);
    return { vendorId, before: v.before };
  });
}
