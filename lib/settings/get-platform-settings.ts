import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { TPlatformSettingsValues } from "./schemas";

/** The schema's defaults, for a database whose row is missing (the migration creates it). */
export const PLATFORM_SETTINGS_DEFAULTS: TPlatformSettingsValues = {
  platformFeeBps: 1000,
  depositBps: 3000,
  reservationMinutes: 30,
  orderExpiryMinutes: 60,
  payoutHoldbackHours: 72,
  payoutMinimumMinor: 5000,
  payoutWeekday: 1,
  autoCancelUnderMinimum: false,
};

/** The platform's money and operations rules (one row, created by the database_rules migration). */
export async function getPlatformSettings(db: Db = prisma) {
  const s = await db.platformSettings.findUnique({ where: { id: "platform" } });
  const d = PLATFORM_SETTINGS_DEFAULTS;
  return {
    platformFeeBps: s?.platformFeeBps ?? d.platformFeeBps,
    depositBps: s?.depositBps ?? d.depositBps,
    reservationMinutes: s?.reservationMinutes ?? d.reservationMinutes,
    orderExpiryMinutes: s?.orderExpiryMinutes ?? d.orderExpiryMinutes,
    autoCancelUnderMinimum: s?.autoCancelUnderMinimum ?? d.autoCancelUnderMinimum,
  };
}
