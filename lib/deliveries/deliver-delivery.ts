import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliveryCodesMatch } from "@/lib/deliveries/delivery-code";
import {
  assertMayAct,
  liveLines,
  lockDelivery,
  lockDeliveryOrder,
  notifyDeliveryCustomer,
  planDeliveryChange,
  recordDeliveryEvent,
  type TDeliveryStatusChange,
  writeDeliveryChange,
} from "@/lib/deliveries/delivery-status-step";
import { MAX_DELIVERY_CODE_ATTEMPTS } from "@/lib/deliveries/delivery-transitions";
import { type TDeliverDeliveryInput, ZDeliverDeliveryInput } from "@/lib/deliveries/schemas";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";

export type TDeliverDeliveryResult = TDeliveryStatusChange & { linesDelivered: number };

type TOutcome =
  { kind: "delivered"; result: TDeliverDeliveryResult } | { kind: "wrong_code"; attempts: number; isLocked: boolean };

/**
 * OUT_FOR_DELIVERY → DELIVERED, on the customer's 6-digit code (compared in constant time).
 * In the same transaction: every live line DELIVERED through the line lifecycle (its
 * deliveredAt starts the holdback window before the vendor is paid), the order re-derived
 * (DELIVERED), the delivery's event and the customer's "delivered" message.
 *
 * A wrong code changes nothing but is counted — committed, then refused (BAD_REQUEST, with the
 * tries left) — and the 5th wrong code locks the delivery: every later attempt, even with the
 * right code, is refused until an admin runs resetDeliveryCodeLock. A rider only delivers
 * their own deliveries. Call it with the root client: inside a caller's transaction a refused
 * code's count would roll back with it.
 */
export async function deliverDelivery(input: TDeliverDeliveryInput, db: Db = prisma): Promise<TDeliverDeliveryResult> {
  const args = ZDeliverDeliveryInput.parse(input);
  const now = args.now ?? new Date();
  const outcome = await inTransaction(db, async (tx): Promise<TOutcome> => {
    assertMayAct(args.actor, "DELIVER");
    const delivery = await lockDelivery(tx, args);
    const to = planDeliveryChange(delivery, "DELIVER"); // refuses a locked delivery

    if (!deliveryCodesMatch(delivery.deliveryCode, args.code)) {
      const attempts = delivery.codeAttempts + 1;
      const isLocked = attempts >= MAX_DELIVERY_CODE_ATTEMPTS;
      await tx.delivery.update({
        where: { id: delivery.id },
        data: { codeAttempts: attempts, ...(isLocked ? { codeLockedAt: now } : {}) },
        select: { id: true },
      });
      await recordDeliveryEvent(tx, {
        deliveryId: delivery.id,
        event: isLocked ? "CODE_LOCKED" : "CODE_REJECTED",
        from: delivery.status,
        to: delivery.status,
        actor: args.actor,
        note: `Wrong delivery code (${attempts} of ${MAX_DELIVERY_CODE_ATTEMPTS})${isLocked ? ": locked until an admin resets it" : ""}.`,
      });
      return { kind: "wrong_code", attempts, isLocked };
    }

    const order = await lockDeliveryOrder(tx, delivery.orderId);
    const live = liveLines(order);
    const notOut = live.filter((l) => l.status !== "OUT_FOR_DELIVERY");
    if (notOut.length > 0)
      throw new AppError(
        "INVALID_STATE",
        `${notOut.length} item(s) of order ${order.number} did not go out with this delivery: send them out first.`,
      );
    for (const l of live)
      await transitionLine(tx, { lineId: l.id, event: "DELIVER", actor: args.actor, note: "delivery code confirmed" });
    await syncOrderStatus(tx, { orderId: order.id, actor: args.actor, note: "delivered", notify: false });

    const change = await writeDeliveryChange(tx, {
      delivery,
      event: "DELIVER",
      to,
      actor: args.actor,
      now,
      notes: ["Delivery code confirmed.", args.note],
    });
    await notifyDeliveryCustomer(tx, order, {
      templateKey: "delivery.delivered",
      data: { method: delivery.method, deliveredAt: now.toISOString(), items: live.length },
      dedupeKey: `delivery:${delivery.id}:delivered`,
    });
    return { kind: "delivered", result: { ...change, linesDelivered: live.length } };
  });

  if (outcome.kind === "delivered") return outcome.result;
  const left = MAX_DELIVERY_CODE_ATTEMPTS - outcome.attempts;
  throw new AppError(
    "BAD_REQUEST",
    outcome.isLocked
      ? `That delivery code is wrong. After ${MAX_DELIVERY_CODE_ATTEMPTS} wrong codes the delivery is locked: ask an admin to reset it.`
      : `That delivery code is wrong: ${left} ${left === 1 ? "try" : "tries"} left before the delivery is locked.`,
    { details: { attemptsLeft: left, isLocked: outcome.isLocked } },
  );
}
