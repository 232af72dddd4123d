import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Addresses may only point at a zone we deliver to today. */
export async function assertActiveZone({ zoneId }: { zoneId: string }, db: Db = prisma): Promise<void> {
  const zone = await db.deliveryZone.findFirst({ where: { id: zoneId, isActive: true }, select: { id: true } });
  if (!zone)
    throw new AppError("BAD_REQUEST", "We do not deliver to that zone. Choose another zone or a pickup point.");
}
