import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";
import { AppError } from "@/lib/errors";
import type { PaymentKind } from "@/lib/generated/prisma/enums";
import { ensureLineHolds } from "@/lib/orders/ensure-line-holds";
import { lockRow } from "@/lib/db/lock-row";
import { recordOrderEvent } from "@/lib/orders/order-events";
import { newPaymentReference } from "@/lib/payments/references";
import { ACTIVE_ORDER_STATUSES, isIn } from "@/lib/orders/statuses";

export type TPaymentAttempt = {
  paymentId: string;
  reference: string;
  amountMinor: number;
  kind: PaymentKind;
  orderId: string;
  orderNumber: string;
  email: string;
};

/**
 * The Payment to send to Paystack now, for a customer's order that is payable:
 *  - PENDING_PAYMENT and not past expiresAt → the FULL/DEPOSIT amount (holds re-taken if a
 *    failed attempt released them; OUT_OF_STOCK when they cannot be);
 *  - an active order with a balance due (deposit plan after arrival) → a BALANCE payment.
 * Reuses the newest INITIALIZED payment never sent to Paystack; otherwise creates a NEW
 * Payment with a new reference (a retry never reuses a reference Paystack has seen).
 * `kind` restricts which one the caller wants (e.g. BALANCE for "Pay balance").
 */
export async function preparePaymentAttempt(
  input: { orderNumber: string; customerId: string; kind?: "BALANCE"; now?: Date },
  db: Db = prisma,
): Promise<TPaymentAttempt> {
  const now = input.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const found = await tx.order.findFirst({
      where: { number: input.orderNumber, customerId: input.customerId },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "Order not found.");
    await lockRow(tx, "Order", found.id);
    const order = await tx.order.findUniqueOrThrow({ where: { id: found.id } });

    let kind: PaymentKind;
    if (order.status === "PENDING_PAYMENT" && input.kind !== "BALANCE") {
      if (order.expiresAt && order.expiresAt <= now)
        throw new AppError("INVALID_STATE", "This order has expired. Please place it again.");
      kind = order.paymentPlan === "DEPOSIT" ? "DEPOSIT" : "FULL";
      const settings = await getPlatformSettings(tx);
      const holds = await ensureLineHolds(tx, {
        orderId: order.id,
        expiresAt: new Date(now.getTime() + settings.reservationMinutes * 60_000),
      });
      if (!holds.ok) throw new AppError("OUT_OF_STOCK", `This order can no longer be paid: ${holds.reason}.`);
    } else if (isIn(ACTIVE_ORDER_STATUSES, order.status) && order.balanceDueMinor > 0) {
      kind = "BALANCE";
    } else {
      throw new AppError(
        "INVALID_STATE",
        order.status === "EXPIRED"
          ? "This order has expired. Please place it again."
          : "There is nothing to pay on this order.",
      );
    }
    const amountMinor = order.balanceDueMinor;

    const reusable = await tx.payment.findFirst({
      where: {
        orderId: order.id,
        kind,
        status: "INITIALIZED",
        amountMinor,
        accessCode: null,
        channel: null,
        failureReason: null,
        needsReview: false,
      },
      orderBy: { createdAt: "desc" },
    });
    const payment =
      reusable ??
      (await tx.payment.create({
        data: {
          orderId: order.id,
          kind,
          amountMinor,
          currency: order.currency,
          reference: newPaymentReference(order.number),
        },
      }));
    if (!reusable) {
      await recordOrderEvent(
        {
          orderId: order.id,
          type: "payment.created",
          to: "INITIALIZED",
          actor: { type: "CUSTOMER", id: input.customerId },
          data: { reference: payment.reference, kind, amountMinor },
        },
        tx,
      );
    }
    return {
      paymentId: payment.id,
      reference: payment.reference,
      amountMinor,
      kind,
      orderId: order.id,
      orderNumber: order.number,
      email: order.contactEmail,
    };
  });
}
