import "server-only";
import { type Db, prisma } from "@/lib/db";
import { formatDate } from "@/lib/dates";

const DAY = 86_400_000;

/**
 * Deliveries still FAILED whose failed attempt was today in Accra (the overview's "failed
 * today"): the same rule as /admin/deliveries?status=FAILED&failedOn=<today>, so the count and
 * the list it links to agree. A delivery rescheduled since is no longer counted.
 */
export async function countFailedDeliveriesToday(
  { now = new Date() }: { now?: Date } = {},
  db: Db = prisma,
): Promise<{ count: number; day: string }> {
  const day = accraDay(now);
  // Accra is UTC all year: its day starts at 00:00Z.
  const start = new Date(`${day}T00:00:00.000Z`);
  const count = await db.delivery.count({
    where: { status: "FAILED", failedAt: { gte: start, lt: new Date(start.getTime() + DAY) } },
  });
  return { count, day };
}

/** yyyy-mm-dd of `now` in Africa/Accra. */
export function accraDay(now: Date): string {
  return formatDate(now, "yyyy-MM-dd");
}
