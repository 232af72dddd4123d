import "server-only";
import { type Db, prisma } from "@/lib/db";
import { placeOrder } from "@/lib/checkout/place-order";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { AppError } from "@/lib/errors";
import { ZPlaceOrderBody, type TPlaceOrderBody } from "@/lib/checkout/schemas";
import type { TPlacedOrderResponse } from "@/lib/checkout/types";

/**
 * "Place order and pay": placeOrder (one transaction, idempotent per key) guarded by what
 * the customer reviewed. If the amount to pay now moved since the review (a price or fee
 * changed), nothing is placed and CONFLICT asks for a new review — the customer only ever
 * pays an amount they saw. A retry of an already placed order skips the check and returns
 * that order, so a double submit never creates a second one.
 */
export async function placeReviewedOrder(
  input: { customerId: string; idempotencyKey: string; body: TPlaceOrderBody },
  db: Db = prisma,
): Promise<TPlacedOrderResponse> {
  const { expectedDueNowMinor, ...body } = ZPlaceOrderBody.parse(input.body);
  const existing = await db.order.findUnique({
    where: { customerId_idempotencyKey: { customerId: input.customerId, idempotencyKey: input.idempotencyKey } },
    select: { id: true },
  });
  if (!existing && expectedDueNowMinor !== undefined) {
    const quote = await quoteCheckout({ customerId: input.customerId, ...body }, db);
    if (quote.dueNowMinor !== expectedDueNowMinor) {
      throw new AppError(
        "CONFLICT",
        "Prices or fees changed while you were checking out. Please review the new total.",
        {
          details: { dueNowMinor: quote.dueNowMinor },
        },
      );
    }
  }
  const placed = await placeOrder({ ...body, customerId: input.customerId, idempotencyKey: input.idempotencyKey }, db);
  return {
    created: placed.created,
    order: { ...placed.order, expiresAt: placed.order.expiresAt ? placed.order.expiresAt.toISOString() : null },
    payment: placed.payment
      ? {
          reference: placed.payment.reference,
          amountMinor: placed.payment.amountMinor,
          kind: placed.payment.kind,
          status: placed.payment.status,
        }
      : null,
  };
}
