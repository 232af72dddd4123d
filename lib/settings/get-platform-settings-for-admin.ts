import "server-only";
import { type Db, prisma } from "@/lib/db";
import { PLATFORM_SETTINGS_DEFAULTS } from "./get-platform-settings";
import type { TPlatformSettingsValues } from "./schemas";

export type TAdminPlatformSettings = {
  values: TPlatformSettingsValues;
  /** null: the row does not exist yet (the defaults are in force). */
  updatedAt: Date | null;
  /** Who saved last; null when nobody has since the setup (or their account is gone). */
  updatedBy: { id: string; name: string | null; email: string } | null;
};

/** Every platform setting, with who changed them last and when (/admin/settings). */
export async function getPlatformSettingsForAdmin(db: Db = prisma): Promise<TAdminPlatformSettings> {
  const row = await db.platformSettings.findUnique({ where: { id: "platform" } });
  if (!row) return { values: { ...PLATFORM_SETTINGS_DEFAULTS }, updatedAt: null, updatedBy: null };
  const updatedBy = row.updatedById
    ? await db.user.findUnique({ where: { id: row.updatedById }, select: { id: true, name: true, email: true } })
    : null;
  return {
    values: {
      platformFeeBps: row.platformFeeBps,
      depositBps: row.depositBps,
      reservationMinutes: row.reservationMinutes,
      orderExpiryMinutes: row.orderExpiryMinutes,
      payoutHoldbackHours: row.payoutHoldbackHours,
      payoutMinimumMinor: row.payoutMinimumMinor,
      payoutWeekday: row.payoutWeekday,
      autoCancelUnderMinimum: row.autoCancelUnderMinimum,
    },
    updatedAt: row.updatedAt,
    updatedBy,
  };
}
