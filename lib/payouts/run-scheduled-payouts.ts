import "server-only";
import { type Db, prisma } from "@/lib/db";
import { formatDate } from "@/lib/dates";
import { getPayoutSettings } from "@/lib/payouts/payout-settings";
import { releaseDueEarnings } from "@/lib/payouts/release-due-earnings";
import { runPayouts, type TRunPayoutsResult } from "@/lib/payouts/run-payouts";

/**
 * Job `payouts.scheduled-run` (daily): on the platform's payout weekday (Accra time;
 * PlatformSettings.payoutWeekday, Monday by default) releases what is due and runs the
 * payouts; any other day, or with the schedule off (null), does nothing.
 */
export async function runScheduledPayouts(
  { now = new Date() }: { now?: Date } = {},
  db: Db = prisma,
): Promise<TRunPayoutsResult | null> {
  const { payoutWeekday } = await getPayoutSettings(db);
  if (payoutWeekday === null) return null;
  const isoWeekday = Number(formatDate(now, "i"));
  if (isoWeekday !== payoutWeekday) return null;
  await releaseDueEarnings({ now }, db);
  return runPayouts({}, db);
}
