import "server-only";
import { type Db, prisma } from "@/lib/db";

/** The platform's money and operations rules (one row, created by the database_rules migration). */
export async function getPlatformSettings(db: Db = prisma) {
  const s = await db.platformSettings.findUnique({ where: { id: "platform" } });
  return {
    platformFeeBps: s?.platformFeeBps ?? 1000,
    depositBps: s?.depositBps ?? 3000,
    reservationMinutes: s?.reservationMinutes ?? 30,
    orderExpiryMinutes: s?.orderExpiryMinutes ?? 60,
    autoCancelUnderMinimum: s?.autoCancelUnderMinimum ?? false,
  };
}
