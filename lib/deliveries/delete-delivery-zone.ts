import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { ZRecordIdInput } from "@/lib/deliveries/schemas";
import { DELIVERY_ZONE_DETAILS, type TDeliveryZoneDetails } from "@/lib/deliveries/record-selects";
import { isInUse, usageWords } from "@/lib/deliveries/usage-text";
import { deliveryZoneUsage, lockDeliveryZone } from "@/lib/deliveries/zones";

export type TDeletedDeliveryZone = {
  zone: TDeliveryZoneDetails;
  /** Pickup points that sat in the zone and now have none. */
  pickupPointsUnlinked: number;
};

/**
 * Deletes a zone nobody used. A zone an order, a delivery or a saved address refers to is
 * refused (deactivate it instead): they keep their zone forever. Pickup points in the zone
 * lose their zone link (they stay open for collection).
 */
export async function deleteDeliveryZone(raw: { id: string }, db: Db = prisma): Promise<TDeletedDeliveryZone> {
  const { id } = ZRecordIdInput.parse(raw);
  return inTransaction(db, async (tx) => {
    if (!(await lockDeliveryZone(tx, id))) throw new AppError("NOT_FOUND", "This delivery zone no longer exists.");
    const zone = await tx.deliveryZone.findUniqueOrThrow({ where: { id }, select: DELIVERY_ZONE_DETAILS });
    const usage = await deliveryZoneUsage(id, tx);
    if (isInUse(usage)) {
      const advice = zone.isActive ? "deactivate it instead" : "it stays deactivated";
      throw new AppError("INVALID_STATE", `Zone ${zone.name} is used by ${usageWords(usage)} — ${advice}.`, {
        details: { usage },
      });
    }
    await tx.deliveryZone.delete({ where: { id } });
    return { zone, pickupPointsUnlinked: usage.pickupPoints };
  });
}
