import "server-only";
import { type Db, prisma } from "@/lib/db";

/** The platform's payout rules (PlatformSettings), with the defaults of the schema. */
export async function getPayoutSettings(db: Db = prisma) {
  const s = await db.platformSettings.findUnique({
    where: { id: "platform" },
    select: { payoutHoldbackHours: true, payoutMinimumMinor: true, payoutWeekday: true, platformFeeBps: true },
  });
  return {
    payoutHoldbackHours: s?.payoutHoldbackHours ?? 72,
    payoutMinimumMinor: s?.payoutMinimumMinor ?? 5000,
    /** ISO weekday of the scheduled run (1 = Monday); null = by hand only. */
    payoutWeekday: s === null ? 1 : s.payoutWeekday,
    platformFeeBps: s?.platformFeeBps ?? 1000,
  };
}

export type TPayoutSettings = Awaited<ReturnType<typeof getPayoutSettings>>;
