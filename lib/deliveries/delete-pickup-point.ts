import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { ZRecordIdInput } from "@/lib/deliveries/schemas";
import { isInUse, usageWords } from "@/lib/deliveries/usage-text";
import { lockPickupPoint, pickupPointUsage } from "@/lib/deliveries/zones";

export type TDeletedPickupPoint = {
  point: {
    id: string;
    slug: string;
    name: string;
    address: string;
    city: string;
    zoneId: string | null;
    isActive: boolean;
  };
};

/**
 * Deletes a pickup point no order ever chose. One an order or a delivery refers to is
 * refused (deactivate it instead): the customer's order keeps where to collect it.
 */
export async function deletePickupPoint(raw: { id: string }, db: Db = prisma): Promise<TDeletedPickupPoint> {
  const { id } = ZRecordIdInput.parse(raw);
  return inTransaction(db, async (tx) => {
    if (!(await lockPickupPoint(tx, id))) throw new AppError("NOT_FOUND", "This pickup point no longer exists.");
    const point = await tx.pickupPoint.findUniqueOrThrow({
      where: { id },
      select: { id: true, slug: true, name: true, address: true, city: true, zoneId: true, isActive: true },
    });
    const usage = await pickupPointUsage(id, tx);
    if (isInUse(usage)) {
      const advice = point.isActive ? "deactivate it instead" : "it stays deactivated";
      throw new AppError("INVALID_STATE", `Pickup point ${point.name} is used by ${usageWords(usage)} — ${advice}.`, {
        details: { usage },
      });
    }
    await tx.pickupPoint.delete({ where: { id } });
    return { point };
  });
}
