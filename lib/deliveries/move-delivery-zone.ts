import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { ZMoveDeliveryZoneInput, type TMoveDeliveryZoneInput } from "@/lib/deliveries/schemas";

export type TMovedDeliveryZone = { id: string; name: string; from: number; to: number };

/**
 * Moves a zone one place up or down in the order checkout lists them (position, then name).
 * Every zone is renumbered 0…n-1 in the new order, so equal positions left by older data
 * stop being ambiguous. All zones are locked while it runs: two moves at once do not cross.
 */
export async function moveDeliveryZone(raw: TMoveDeliveryZoneInput, db: Db = prisma): Promise<TMovedDeliveryZone> {
  const { id, direction } = ZMoveDeliveryZoneInput.parse(raw);
  return inTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "DeliveryZone" ORDER BY "id" FOR UPDATE`;
    const zones = await tx.deliveryZone.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, position: true },
    });
    const from = zones.findIndex((z) => z.id === id);
    if (from < 0) throw new AppError("NOT_FOUND", "This delivery zone no longer exists.");
    const to = direction === "up" ? from - 1 : from + 1;
    const zone = zones[from]!;
    if (to < 0 || to >= zones.length) {
      throw new AppError("INVALID_STATE", `${zone.name} is already ${direction === "up" ? "first" : "last"}.`);
    }
    const order = [...zones];
    order.splice(from, 1);
    order.splice(to, 0, zone);
    for (const [position, z] of order.entries()) {
      if (z.position !== position) await tx.deliveryZone.update({ where: { id: z.id }, data: { position } });
    }
    return { id, name: zone.name, from: from + 1, to: to + 1 };
  });
}
