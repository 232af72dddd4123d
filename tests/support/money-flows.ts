/**
 * Money-core test helpers: place an order, pay it through the Paystack emulator (the same
 * SDK path as production), and deliver the emulator's signed webhooks to the REAL route
 * handler, then process the stored events as the worker would.
 */
import { POST as paystackWebhookPOST } from "@/app/api/webhooks/paystack/route";
import { prisma } from "@/lib/db";
import { placeOrder } from "@/lib/checkout/place-order";
import { checkoutPayWithCard, listEmulatorWebhooks } from "@/lib/integrations/paystack/emulator";
import { PAYSTACK_SIGNATURE_HEADER } from "@/lib/integrations/paystack/signature";
import { processWebhookEvent } from "@/lib/payments/webhooks/process-webhook-event";
import { startCardPayment } from "@/lib/payments/start-payment";
import { createTestProduct, type TTestVariantSpec } from "../factories/catalog";
import { checkoutKey, createTestPickupPoint, createTestShopper } from "../factories/checkout";

export const CARD_OK = { number: "4084084084084081", expiry: "12/30", cvv: "408" };
export const CARD_DECLINED = { number: "4084080000000409", expiry: "12/30", cvv: "408" };

/** A shopper, a pickup point and a product; returns a function placing orders for them. */
export async function shopFor(variants: TTestVariantSpec[] = [{ stockOnHand: 10, priceMinor: 10_000 }]) {
  const shopper = await createTestShopper();
  const point = await createTestPickupPoint();
  const catalog = await createTestProduct({ variants });
  const place = (
    lines: { variantId: string; quantity: number }[],
    opts: { paymentPlan?: "FULL" | "DEPOSIT"; customerId?: string; idempotencyKey?: string } = {},
  ) =>
    placeOrder({
      customerId: opts.customerId ?? shopper.id,
      idempotencyKey: opts.idempotencyKey ?? checkoutKey(),
      lines,
      delivery: { method: "PICKUP", pickupPointId: point.id },
      paymentPlan: opts.paymentPlan ?? "FULL",
    });
  return { shopper, point, ...catalog, place };
}

/** Starts a card payment and pays it on the emulator's hosted page (no confirmation on our side). */
export async function payByCard(orderNumber: string, customerId: string, card = CARD_OK, kind?: "BALANCE") {
  const started = await startCardPayment({ orderNumber, customerId, ...(kind ? { kind } : {}) });
  const view = await checkoutPayWithCard(started.accessCode, card);
  return { ...started, emulatorStatus: view.status };
}

/** POSTs a raw body to the real webhook route handler, as Paystack would. */
export async function postWebhook(body: string, signature: string | null): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers[PAYSTACK_SIGNATURE_HEADER] = signature;
  return paystackWebhookPOST(
    new Request("http://localhost/api/webhooks/paystack", { method: "POST", headers, body }),
    undefined,
  );
}

/**
 * Delivers every webhook the emulator wrote about a transaction reference (oldest first) to
 * the route, then processes the stored events of that reference. Returns the event types.
 */
export async function deliverEmulatorWebhooks(reference: string): Promise<string[]> {
  const rows = (await listEmulatorWebhooks({ subject: reference, limit: 100 })).reverse();
  for (const r of rows) {
    const res = await postWebhook(r.body, r.signature);
    if (res.status !== 200) throw new Error(`webhook route answered ${res.status}`);
  }
  await processStoredEvents(reference);
  return rows.map((r) => r.event);
}

/** Processes (in arrival order) the stored, unprocessed events about a transaction reference. */
export async function processStoredEvents(reference: string) {
  const events = await prisma.webhookEvent.findMany({
    where: {
      status: { in: ["RECEIVED", "FAILED"] },
      attempts: 0,
      OR: [
        { payload: { path: ["data", "reference"], equals: reference } },
        { payload: { path: ["data", "transaction_reference"], equals: reference } },
      ],
    },
    orderBy: { receivedAt: "asc" },
  });
  for (const e of events) await processWebhookEvent({ webhookEventId: e.id });
  return events.length;
}
