import "server-only";
import { inTransaction, type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Makes one address the default (checkout preselects it); the flag moves in one transaction. */
export async function setDefaultAddress(
  { userId, addressId }: { userId: string; addressId: string },
  db: Db = prisma,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const current = await tx.address.findFirst({ where: { id: addressId, userId }, select: { id: true } });
    if (!current) throw new AppError("NOT_FOUND", "That address was not found.");
    await tx.address.updateMany({
      where: { userId, isDefault: true, NOT: { id: current.id } },
      data: { isDefault: false },
    });
    await tx.address.update({ where: { id: current.id }, data: { isDefault: true } });
  });
}
