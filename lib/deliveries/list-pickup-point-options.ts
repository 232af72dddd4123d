import "server-only";
import { type Db, prisma } from "@/lib/db";

export type TPickupPointOption = { id: string; name: string; isActive: boolean };

/**
 * Every pickup point for the deliveries board's filter, by name — inactive ones too: their
 * past deliveries are still on the board.
 */
export async function listPickupPointOptions(db: Db = prisma): Promise<TPickupPointOption[]> {
  return db.pickupPoint.findMany({
    select: { id: true, name: true, isActive: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
