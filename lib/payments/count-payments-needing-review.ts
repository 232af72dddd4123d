import "server-only";
import { type Db, prisma } from "@/lib/db";

/**
 * Payments a person must look at (Payment.needsReview: Paystack's verification disagreed
 * with our record — amount, currency — so they were never credited), for the overview's
 * link to /admin/payments?review=1.
 */
export async function countPaymentsNeedingReview(db: Db = prisma): Promise<number> {
  return db.payment.count({ where: { needsReview: true } });
}
