import "server-only";
import { type Db, inTransaction, isUniqueViolation, Prisma, prisma } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { reserveForLine } from "@/lib/inventory/reservations";
import { recordOrderEvent } from "@/lib/orders/order-events";
import { newOrderNumber, newPaymentReference } from "@/lib/payments/references";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";
import { assertSameRequest, orderRequestHash, recordedRequestHash } from "@/lib/checkout/idempotency";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { ZPlaceOrderInput, type TPlaceOrderInput } from "@/lib/checkout/schemas";

export type TPlacedOrder = {
  /** false when the same idempotency key already placed this order (a retry / double submit). */
  created: boolean;
  order: {
    id: string;
    number: string;
    status: string;
    totalMinor: number;
    balanceDueMinor: number;
    expiresAt: Date | null;
  };
  /** The payment to start (card or Mobile Money) — the newest one of the order. */
  payment: { id: string; reference: string; amountMinor: number; kind: string; status: string } | null;
};

/**
 * Places an order in ONE transaction: reprice from the database, validate, resolve the
 * delivery, create the order (unique number) and its lines, reserve stock / batch
 * allocation for each line (guarded updates, variantId order), create the INITIALIZED
 * Payment (unique reference) and the "order.placed" event.
 *
 * Idempotent per (customerId, idempotencyKey): a retry returns the same order. Under a
 * concurrent double submit the second insert waits on the unique index, fails when the first
 * commits (its reservations roll back with it) and re-reads the winner. Call it with the
 * root client (not inside another transaction) so that recovery can happen.
 */
export async function placeOrder(
  input: TPlaceOrderInput & { customerId: string },
  db: Db = prisma,
): Promise<TPlacedOrder> {
  const args = ZPlaceOrderInput.parse(input);
  const customerId = input.customerId;
  const requestHash = orderRequestHash(args);
  const existing = await findByKey(db, customerId, args.idempotencyKey, requestHash);
  if (existing) return existing;

  for (let attempt = 0; ; attempt++) {
    try {
      return await inTransaction(db, (tx) => createOrder(tx, customerId, args, requestHash));
    } catch (e) {
      // No database connection free within maxWait (a checkout spike): a retryable 429, and
      // the retry is safe — same idempotency key, and nothing was written.
      if (isTransactionStartTimeout(e))
        throw new AppError("RATE_LIMITED", "Checkout is very busy right now. Please try again in a moment.", {
          retryAfterSeconds: 2,
        });
      if (!isUniqueViolation(e)) throw e;
      const winner = await findByKey(db, customerId, args.idempotencyKey, requestHash);
      if (winner) return winner;
      if (attempt >= 2) throw e; // not the idempotency key: an order-number clash, drawn again
    }
  }
}

async function createOrder(
  tx: Prisma.TransactionClient,
  customerId: string,
  args: ReturnType<typeof ZPlaceOrderInput.parse>,
  requestHash: string,
): Promise<TPlacedOrder> {
  const customer = await tx.user.findUnique({
    where: { id: customerId },
    select: { email: true, phone: true, status: true },
  });
  if (!customer || customer.status !== "ACTIVE") throw new AppError("UNAUTHORIZED");
  const quote = await quoteCheckout({ customerId, ...args }, tx);
  const settings = await getPlatformSettings(tx);
  const contactPhone = quote.delivery.phone ?? args.contactPhone ?? customer.phone;
  if (!contactPhone) throw new AppError("BAD_REQUEST", "Add a phone number so we can text you about your order.");

  const now = Date.now();
  const number = await drawOrderNumber(tx);
  const order = await tx.order.create({
    data: {
      number,
      customerId,
      subtotalMinor: quote.subtotalMinor,
      deliveryFeeMinor: quote.deliveryFeeMinor,
      totalMinor: quote.totalMinor,
      balanceDueMinor: quote.dueNowMinor,
      paymentPlan: quote.paymentPlan,
      depositMinor: quote.depositMinor,
      deliveryMethod: quote.delivery.method,
      deliveryZoneId: quote.delivery.zoneId,
      pickupPointId: quote.delivery.pickupPointId,
      ...(quote.delivery.shippingAddress ? { shippingAddress: quote.delivery.shippingAddress } : {}),
      contactPhone,
      contactEmail: customer.email,
      idempotencyKey: args.idempotencyKey,
      expiresAt: new Date(now + settings.orderExpiryMinutes * 60_000),
    },
  });
  const lines = await tx.orderLine.createManyAndReturn({
    data: quote.lines.map((l) => ({
      orderId: order.id,
      vendorId: l.vendorId,
      productId: l.productId,
      variantId: l.variantId,
      batchId: l.batch?.id ?? null, // tentative: payment assigns the soonest OPEN batch
      availability: l.availability,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      lineTotalMinor: l.lineTotalMinor,
      feeBps: l.feeBps,
      feeMinor: l.feeMinor,
      productTitle: l.productTitle,
      variantTitle: l.variantTitle,
      sku: l.sku,
      imageUrl: l.imageUrl,
    })),
    select: { id: true, variantId: true, quantity: true, batchId: true, productTitle: true, variantTitle: true },
  });
  const payment = await tx.payment.create({
    data: {
      orderId: order.id,
      kind: quote.paymentPlan === "DEPOSIT" ? "DEPOSIT" : "FULL",
      reference: newPaymentReference(number),
      amountMinor: quote.dueNowMinor,
    },
  });
  await recordOrderEvent(
    {
      orderId: order.id,
      type: "order.placed",
      to: "PENDING_PAYMENT",
      actor: { type: "CUSTOMER", id: customerId },
      data: {
        totalMinor: quote.totalMinor,
        dueNowMinor: quote.dueNowMinor,
        paymentPlan: quote.paymentPlan,
        delivery: quote.delivery.label,
        requestHash, // lib/checkout/idempotency.ts: the same key with another body is refused
      },
    },
    tx,
  );
  // Reservations last: the conditional UPDATE locks the hot Variant / BatchAllocation row
  // until commit, so everything else is written first and the lock is held the shortest time.
  const reservationExpiresAt = new Date(now + settings.reservationMinutes * 60_000);
  for (const line of [...lines].sort((a, b) => (a.variantId < b.variantId ? -1 : 1))) {
    try {
      await reserveForLine(
        {
          orderId: order.id,
          orderLineId: line.id,
          variantId: line.variantId,
          quantity: line.quantity,
          expiresAt: reservationExpiresAt,
          ...(line.batchId ? { batchId: line.batchId } : {}),
        },
        tx,
      );
    } catch (e) {
      if (isAppError(e) && e.code === "OUT_OF_STOCK") {
        const available = Number(e.details?.available ?? 0);
        const what = `${line.productTitle} — ${line.variantTitle}`;
        throw new AppError(
          "OUT_OF_STOCK",
          available > 0 ? `Only ${available} left of “${what}”.` : `“${what}” is sold out.`,
          { details: e.details },
        );
      }
      throw e;
    }
  }
  return {
    created: true,
    order: {
      id: order.id,
      number,
      status: order.status,
      totalMinor: order.totalMinor,
      balanceDueMinor: order.balanceDueMinor,
      expiresAt: order.expiresAt,
    },
    payment: {
      id: payment.id,
      reference: payment.reference,
      amountMinor: payment.amountMinor,
      kind: payment.kind,
      status: payment.status,
    },
  };
}

function isTransactionStartTimeout(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2028";
}

async function drawOrderNumber(tx: Prisma.TransactionClient): Promise<string> {
  for (;;) {
    const number = newOrderNumber();
    if (!(await tx.order.findUnique({ where: { number }, select: { id: true } }))) return number;
  }
}

/** The order this key placed, or null; IDEMPOTENCY_KEY_REUSED when it was placed from another request. */
async function findByKey(
  db: Db,
  customerId: string,
  idempotencyKey: string,
  requestHash: string,
): Promise<TPlacedOrder | null> {
  const order = await db.order.findUnique({
    where: { customerId_idempotencyKey: { customerId, idempotencyKey } },
    include: {
      payments: { orderBy: { createdAt: "desc" }, take: 1 },
      events: { where: { type: "order.placed" }, take: 1, select: { data: true } },
    },
  });
  if (!order) return null;
  assertSameRequest(recordedRequestHash(order.events[0]?.data), requestHash);
  const p = order.payments[0];
  return {
    created: false,
    order: {
      id: order.id,
      number: order.number,
      status: order.status,
      totalMinor: order.totalMinor,
      balanceDueMinor: order.balanceDueMinor,
      expiresAt: order.expiresAt,
    },
    payment: p
      ? { id: p.id, reference: p.reference, amountMinor: p.amountMinor, kind: p.kind, status: p.status }
      : null,
  };
}
