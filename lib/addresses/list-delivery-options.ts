import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { TDeliveryZone, TPickupPoint } from "@/lib/addresses/types";

/** Zones we deliver to today, in the admin's order (address forms and checkout). */
export async function listDeliveryZones(db: Db = prisma): Promise<TDeliveryZone[]> {
  return db.deliveryZone.findMany({
    where: { isActive: true },
    select: { id: true, name: true, region: true, feeMinor: true, etaDays: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}

/** Open pickup points (free collection) for checkout. */
export async function listPickupPoints(db: Db = prisma): Promise<TPickupPoint[]> {
  return db.pickupPoint.findMany({
    where: { isActive: true },
    select: { id: true, name: true, address: true, city: true, phone: true, openingHours: true },
    orderBy: [{ city: "asc" }, { name: "asc" }],
  });
}
