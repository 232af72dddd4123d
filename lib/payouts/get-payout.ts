import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { transferReferenceFor } from "@/lib/payouts/references";

/**
 * One payout with its lines (order, item, line total, fee, vendor share) and journals. With
 * `vendorId` it is that vendor's only: another vendor's payout is NOT_FOUND, like a missing one.
 */
export async function getPayoutOrThrow(
  { payoutId, vendorId }: { payoutId: string; vendorId?: string },
  db: Db = prisma,
) {
  const payout = await db.payout.findFirst({
    where: { id: payoutId, ...(vendorId ? { vendorId } : {}) },
    include: {
      vendor: { select: { id: true, name: true, slug: true } },
      recipient: { select: { type: true, accountName: true, bankName: true, accountNumber: true } },
      items: {
        orderBy: { orderLine: { releasedAt: "asc" } },
        include: {
          orderLine: {
            select: {
              id: true,
              productTitle: true,
              variantTitle: true,
              sku: true,
              quantity: true,
              lineTotalMinor: true,
              feeMinor: true,
              deliveredAt: true,
              releasedAt: true,
              order: { select: { number: true } },
            },
          },
        },
      },
      journals: {
        orderBy: { createdAt: "asc" },
        select: { id: true, idempotencyKey: true, description: true, createdAt: true },
      },
    },
  });
  if (!payout) throw new AppError("NOT_FOUND", "Payout not found.");
  return { ...payout, transferReference: transferReferenceFor(payout) };
}
