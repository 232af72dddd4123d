import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { ZSetActiveInput, type TSetActiveInput } from "@/lib/deliveries/schemas";
import { deliveryZoneUsage, lockDeliveryZone } from "@/lib/deliveries/zones";
import type { TZoneUsage } from "@/lib/deliveries/usage-text";

export type TSetDeliveryZoneActiveResult = {
  zone: { id: string; name: string; isActive: boolean };
  wasActive: boolean;
  usage: TZoneUsage;
};

/**
 * Offers a zone at checkout again, or stops offering it. A deactivated zone disappears from
 * the address forms and checkout (listDeliveryZones); orders, deliveries and saved addresses
 * that have it keep it.
 */
export async function setDeliveryZoneActive(
  raw: TSetActiveInput,
  db: Db = prisma,
): Promise<TSetDeliveryZoneActiveResult> {
  const { id, isActive } = ZSetActiveInput.parse(raw);
  return inTransaction(db, async (tx) => {
    if (!(await lockDeliveryZone(tx, id))) throw new AppError("NOT_FOUND", "This delivery zone no longer exists.");
    const before = await tx.deliveryZone.findUniqueOrThrow({ where: { id }, select: { isActive: true } });
    const zone = await tx.deliveryZone.update({
      where: { id },
      data: { isActive },
      select: { id: true, name: true, isActive: true },
    });
    return { zone, wasActive: before.isActive, usage: await deliveryZoneUsage(id, tx) };
  });
}
