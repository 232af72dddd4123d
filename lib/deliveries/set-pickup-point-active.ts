import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { ZSetActiveInput, type TSetActiveInput } from "@/lib/deliveries/schemas";
import type { TPickupPointUsage } from "@/lib/deliveries/usage-text";
import { lockPickupPoint, pickupPointUsage } from "@/lib/deliveries/zones";

export type TSetPickupPointActiveResult = {
  point: { id: string; name: string; isActive: boolean };
  wasActive: boolean;
  usage: TPickupPointUsage;
};

/**
 * Opens a pickup point at checkout again, or closes it. A closed point disappears from
 * checkout (listPickupPoints); orders already placed for collection there keep it.
 */
export async function setPickupPointActive(
  raw: TSetActiveInput,
  db: Db = prisma,
): Promise<TSetPickupPointActiveResult> {
  const { id, isActive } = ZSetActiveInput.parse(raw);
  return inTransaction(db, async (tx) => {
    if (!(await lockPickupPoint(tx, id))) throw new AppError("NOT_FOUND", "This pickup point no longer exists.");
    const before = await tx.pickupPoint.findUniqueOrThrow({ where: { id }, select: { isActive: true } });
    const point = await tx.pickupPoint.update({
      where: { id },
      data: { isActive },
      select: { id: true, name: true, isActive: true },
    });
    return { point, wasActive: before.isActive, usage: await pickupPointUsage(id, tx) };
  });
}
