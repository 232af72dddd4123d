import "server-only";
import { inTransaction, type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Deletes one of the customer's addresses; when it was the default, the newest other one takes over. */
export async function deleteAddress(
  { userId, addressId }: { userId: string; addressId: string },
  db: Db = prisma,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const current = await tx.address.findFirst({
      where: { id: addressId, userId },
      select: { id: true, isDefault: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "That address was not found.");
    await tx.address.delete({ where: { id: current.id } });
    if (!current.isDefault) return;
    const next = await tx.address.findFirst({
      where: { userId },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (next) await tx.address.update({ where: { id: next.id }, data: { isDefault: true } });
  });
}
