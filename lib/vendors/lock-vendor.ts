import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * SELECT … FOR UPDATE on the vendor row: the settings writes of one shop (profile, payout
 * account, team) run one after the other, so "the last owner" and "the default account" are
 * read fresh. A missing vendor is NOT_FOUND.
 */
export async function lockVendor(tx: Prisma.TransactionClient, vendorId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT "id" FROM "Vendor" WHERE "id" = ${vendorId} FOR UPDATE`,
  );
  if (rows.length !== 1) throw new AppError("NOT_FOUND", "Shop not found.");
}
