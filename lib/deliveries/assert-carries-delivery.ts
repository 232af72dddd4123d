import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * NOT_FOUND unless `userId` is the delivery's rider: the rider page's way to scope a step the
 * lifecycle only lets admins take (an ops admin returning a delivery they carried), the same
 * answer lockDelivery gives a RIDER actor for someone else's delivery.
 */
export async function assertCarriesDelivery(
  { deliveryId, userId }: { deliveryId: string; userId: string },
  db: Db = prisma,
): Promise<void> {
  const mine = await db.delivery.findFirst({ where: { id: deliveryId, riderId: userId }, select: { id: true } });
  if (!mine) throw new AppError("NOT_FOUND", "Delivery not found.");
}
