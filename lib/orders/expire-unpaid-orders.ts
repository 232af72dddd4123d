import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { lockRow } from "@/lib/db/lock-row";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import { SYSTEM } from "@/lib/orders/order-events";

/**
 * Job `orders.expire-unpaid`: PENDING_PAYMENT orders past expiresAt → lines RELEASED (their
 * reservations EXPIRED, units back on sale), order EXPIRED (event + notification). One short
 * transaction per order; the state is re-checked under the lock, so an order paid meanwhile
 * is left alone. A payment that still succeeds later is refunded by confirmPayment.
 */
export async function expireUnpaidOrders({ now = new Date() }: { now?: Date } = {}, db: Db = prisma): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await db.order.findMany({
      where: { status: "PENDING_PAYMENT", expiresAt: { lte: now } },
      select: { id: true },
      orderBy: { expiresAt: "asc" },
      take: 200,
    });
    for (const { id } of due) if (await expireOne(db, id, now)) expired++;
    if (due.length < 200) return expired;
  }
}

/**
 * Expires one PENDING_PAYMENT order now, before its deadline, exactly as the job does (lines
 * released, reservations EXPIRED, customer told): for a vendor suspended while the order
 * waited for payment. False when it is no longer unpaid.
 */
export async function expireUnpaidOrderNow(
  { orderId, note }: { orderId: string; note: string },
  db: Db = prisma,
): Promise<boolean> {
  return expireOne(db, orderId, new Date(), { beforeDeadline: true, note });
}

async function expireOne(
  db: Db,
  orderId: string,
  now: Date,
  opts: { beforeDeadline?: boolean; note?: string } = {},
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await lockRow(tx, "Order", orderId);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { status: true, expiresAt: true },
    });
    if (order.status !== "PENDING_PAYMENT") return false;
    if (!opts.beforeDeadline && (!order.expiresAt || order.expiresAt > now)) return false;
    const lines = await tx.orderLine.findMany({
      where: { orderId, status: "RESERVED" },
      select: { id: true },
      orderBy: { variantId: "asc" },
    });
    for (const l of lines)
      await transitionLine(tx, {
        lineId: l.id,
        event: "RELEASE",
        actor: SYSTEM,
        releaseAs: "EXPIRED",
        note: "not paid in time",
      });
    await syncOrderStatus(tx, { orderId, actor: SYSTEM, note: opts.note ?? "not paid before the deadline" });
    return true;
  });
}
