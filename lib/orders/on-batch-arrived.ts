import "server-only";
import { type Db, inTransaction, type Prisma } from "@/lib/db";
import { transitionBatch } from "@/lib/batches/batch-lifecycle";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import { ENDED_LINE_STATUSES, isIn } from "@/lib/orders/statuses";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { lockRow } from "@/lib/db/lock-row";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import type { TActor } from "@/lib/orders/order-events";

/**
 * A batch became ARRIVED (call in the same transaction as transitionBatch, or use
 * `arriveBatch`): its SHIPPED lines become ARRIVED; each touched order whose pre-order lines
 * have now all arrived gets its balance due — the goods still in play plus the delivery fee,
 * minus what was paid and not refunded (0 for pay-in-full orders) — with a "Balance due"
 * notification; its status is re-derived (IN_PROGRESS while a balance is due, else
 * READY_FOR_DELIVERY). Choice: an order spanning several batches owes one balance, when its
 * last batch arrives. Lines of the batch not SHIPPED are left for the ops team.
 */
export async function onBatchArrived(tx: Prisma.TransactionClient, input: { batchId: string; actor: TActor }) {
  const batch = await tx.batch.findUnique({ where: { id: input.batchId }, select: { status: true, code: true } });
  if (!batch) throw new AppError("NOT_FOUND", "Batch not found.");
  if (batch.status !== "ARRIVED") throw new AppError("INVALID_STATE", "The batch has not arrived.");
  const lines = await tx.orderLine.findMany({
    where: { batchId: input.batchId, status: "SHIPPED" },
    select: { id: true, orderId: true },
    orderBy: [{ orderId: "asc" }, { variantId: "asc" }],
  });
  const orderIds = [...new Set(lines.map((l) => l.orderId))].sort();
  const balances: { orderNumber: string; balanceDueMinor: number }[] = [];

  for (const orderId of orderIds) {
    await lockRow(tx, "Order", orderId);
    for (const l of lines.filter((x) => x.orderId === orderId)) {
      await transitionLine(tx, {
        lineId: l.id,
        event: "ARRIVE",
        actor: input.actor,
        note: `batch ${batch.code} arrived`,
      });
    }
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { lines: { select: { status: true, availability: true, lineTotalMinor: true } } },
    });
    const live = order.lines.filter((l) => !isIn(ENDED_LINE_STATUSES, l.status));
    const allArrived = live.every(
      (l) => l.availability === "IN_STOCK" || !["CONFIRMED", "PROCURED", "SHIPPED"].includes(l.status),
    );
    if (allArrived) {
      const owed =
        live.reduce((a, l) => a + l.lineTotalMinor, 0) +
        order.deliveryFeeMinor -
        (order.amountPaidMinor - order.amountRefundedMinor);
      const balanceDueMinor = Math.max(0, owed);
      if (balanceDueMinor !== order.balanceDueMinor)
        await tx.order.update({ where: { id: orderId }, data: { balanceDueMinor } });
      if (balanceDueMinor > 0) {
        balances.push({ orderNumber: order.number, balanceDueMinor });
        await notifyCustomer(
          {
            userId: order.customerId,
            topic: "PAYMENTS",
            templateKey: "order.balance_due",
            data: { orderNumber: order.number, amount: formatMoney(balanceDueMinor), batchCode: batch.code },
            dedupeKey: `order:${orderId}:balance_due:${input.batchId}`,
            contact: { email: order.contactEmail, phone: order.contactPhone },
          },
          tx,
        );
      }
    }
    await syncOrderStatus(tx, { orderId, actor: input.actor, note: `batch ${batch.code} arrived` });
  }
  return { linesArrived: lines.length, ordersTouched: orderIds.length, balances };
}

/** transitionBatch(ARRIVE) and its order effects in one transaction (for admin actions and jobs). */
export async function arriveBatch(db: Db, input: { batchId: string; actor: TActor & { type: "ADMIN" | "SYSTEM" } }) {
  return inTransaction(db, async (tx) => {
    const transition = await transitionBatch(tx, {
      batchId: input.batchId,
      event: "ARRIVE",
      actor: { type: input.actor.type, ...(input.actor.id ? { id: input.actor.id } : {}) },
    });
    const effects = await onBatchArrived(tx, input);
    return { ...transition, ...effects };
  });
}
