import "server-only";
import { type Db, inTransaction, isRootClient, type Prisma, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { changeBatchStatus, type TBatchStatusChange } from "@/lib/batches/batch-status-step";
import { type TArriveBatchInput, ZArriveBatchInput } from "@/lib/batches/schemas";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { createOrderDelivery } from "@/lib/deliveries/create-order-delivery";
import { formatMoney } from "@/lib/money";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import type { TActor } from "@/lib/orders/order-events";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import { refundDue } from "@/lib/orders/refund-due";
import { COMMITTED_REFUND_STATUSES } from "@/lib/payments/statuses";

export type TArriveBatchResult = TBatchStatusChange & {
  linesArrived: number;
  ordersTouched: number;
  balances: { orderNumber: string; balanceDueMinor: number }[];
};

/**
 * IN_TRANSIT → ARRIVED at the Accra hub. In the same transaction: every SHIPPED line
 * ARRIVED; each order whose pre-order lines have all arrived gets its balance due — what the
 * live lines and delivery still cost beyond what was paid (0 for pay-in-full orders) — with a
 * "Balance due" notification; each order's status re-derived (IN_PROGRESS while a balance is
 * due, else READY_FOR_DELIVERY, with its Delivery created). Choice: an order spanning several batches owes one balance,
 * when its last batch arrives.
 */
export async function arriveBatch(input: TArriveBatchInput, db: Db = prisma): Promise<TArriveBatchResult> {
  const args = ZArriveBatchInput.parse(input);
  const result = await inTransaction(db, async (tx) => {
    const change = await changeBatchStatus(tx, { ...args, event: "ARRIVE", now: args.now ?? new Date() });
    const effects = await moveArrivedLines(tx, {
      batchId: change.batch.id,
      code: change.batch.code,
      actor: args.actor,
    });
    return { ...change, ...effects };
  });
  if (isRootClient(db)) await invalidateCatalog({ type: "batch", batchId: result.batch.id }, db);
  return result;
}

async function moveArrivedLines(
  tx: Prisma.TransactionClient,
  { batchId, code, actor }: { batchId: string; code: string; actor: TActor },
) {
  const lines = await tx.orderLine.findMany({
    where: { batchId, status: "SHIPPED" },
    select: { id: true, orderId: true },
    orderBy: [{ orderId: "asc" }, { id: "asc" }],
  });
  const orderIds = [...new Set(lines.map((l) => l.orderId))];
  const balances: TArriveBatchResult["balances"] = [];

  for (const orderId of orderIds) {
    await lockRow(tx, "Order", orderId);
    for (const l of lines.filter((x) => x.orderId === orderId))
      await transitionLine(tx, { lineId: l.id, event: "ARRIVE", actor, note: `batch ${code} arrived` });
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { lines: { select: { status: true, availability: true, lineTotalMinor: true } } },
    });
    const stillAway = order.lines.some(
      (l) => l.availability === "PRE_ORDER" && ["CONFIRMED", "PROCURED", "SHIPPED"].includes(l.status),
    );
    if (!stillAway) {
      const committed = await tx.refund.aggregate({
        where: { orderId, status: { in: [...COMMITTED_REFUND_STATUSES] } },
        _sum: { amountMinor: true },
      });
      const { outstandingMinor } = refundDue({ ...order, committedRefundsMinor: committed._sum.amountMinor ?? 0 });
      if (outstandingMinor !== order.balanceDueMinor)
        await tx.order.update({ where: { id: orderId }, data: { balanceDueMinor: outstandingMinor } });
      if (outstandingMinor > 0) {
        balances.push({ orderNumber: order.number, balanceDueMinor: outstandingMinor });
        await notifyCustomer(
          {
            userId: order.customerId,
            topic: "PAYMENTS",
            templateKey: "order.balance_due",
            data: { orderNumber: order.number, amount: formatMoney(outstandingMinor), batchCode: code },
            dedupeKey: `order:${orderId}:balance_due:${batchId}`,
            contact: { email: order.contactEmail, phone: order.contactPhone },
          },
          tx,
        );
      }
    }
    // An order with nothing left to pay and nothing still away is ready for the door now (the
    // deliveries.create-ready job is the safety net for any other path to readiness).
    if (!stillAway)
      await createOrderDelivery(tx, {
        orderId,
        actor: actor.type === "ADMIN" && actor.id ? { type: "ADMIN", id: actor.id } : { type: "SYSTEM" },
      });
    await syncOrderStatus(tx, { orderId, actor, note: `batch ${code} arrived` });
  }
  return { linesArrived: lines.length, ordersTouched: orderIds.length, balances };
}
