import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * An approved vendor's platform fee rate (basis points; null = the platform default). Only
 * orders placed from now on use it: each order line stores the fee it was sold with.
 */
export async function setVendorFee({ vendorId, feeBps }: { vendorId: string; feeBps: number | null }, db: Db = prisma) {
  const before = await db.vendor.findUnique({ where: { id: vendorId }, select: { status: true, feeBps: true } });
  if (!before) throw new AppError("NOT_FOUND", "Vendor not found.");
  const moved = await db.vendor.updateMany({
    where: { id: vendorId, status: { in: ["ACTIVE", "SUSPENDED"] } },
    data: { feeBps },
  });
  if (moved.count !== 1) throw new AppError("INVALID_STATE", "The fee rate is set when the application is approved.");
  return { vendorId, before: { feeBps: before.feeBps }, feeBps };
}
