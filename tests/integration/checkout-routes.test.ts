// The /api/v1/checkout route handlers, called directly with a Request: 401 for anonymous
// callers, 400 with a message for bad bodies, and the happy paths (review, idempotent place,
// the guard against an amount the customer did not see, customer-scoped payment status).
// The session is the one thing replaced: next-auth reads it from the request cookies, which
// only exist inside Next; every other module (database, emulator) is the real one.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db";
import { POST as postQuote } from "@/app/api/v1/checkout/quote/route";
import { POST as postOrder } from "@/app/api/v1/checkout/orders/route";
import { POST as postCard } from "@/app/api/v1/checkout/payments/card/route";
import { POST as postMomo } from "@/app/api/v1/checkout/payments/mobile-money/route";
import { POST as postOtp } from "@/app/api/v1/checkout/payments/mobile-money/otp/route";
import { GET as getPayment } from "@/app/api/v1/checkout/payments/[reference]/route";
import { checkoutKey } from "../factories/checkout";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { sessionUserFor } from "../factories/users";
import { shopFor } from "../support/money-flows";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

setupOwnPaystackIntegration("checkout_routes");
beforeEach(() => {
  session.user = null;
});

const json = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://test.local${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const refCtx = (reference: string) => ({ params: Promise.resolve({ reference }) });

async function signedIn() {
  const s = await shopFor([{ stockOnHand: 5, priceMinor: 12_000 }]);
  session.user = await sessionUserFor({ userId: s.shopper.id });
  const lines = [{ variantId: s.variants[0]!.id, quantity: 2 }];
  const delivery = { method: "PICKUP" as const, pickupPointId: s.point.id };
  return { ...s, lines, delivery };
}

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, ...body.error };
}

describe("anonymous callers", () => {
  it("get 401 from every checkout route", async () => {
    const responses = await Promise.all([
      postQuote(json("/api/v1/checkout/quote", { lines: [] }), undefined),
      postOrder(json("/api/v1/checkout/orders", {}, { "Idempotency-Key": checkoutKey() }), undefined),
      postCard(json("/api/v1/checkout/payments/card", { orderNumber: "LI-AAAAAA" }), undefined),
      postMomo(json("/api/v1/checkout/payments/mobile-money", {}), undefined),
      postOtp(json("/api/v1/checkout/payments/mobile-money/otp", {}), undefined),
      getPayment(new Request("http://test.local/api/v1/checkout/payments/LI-AAAAAA-P1"), refCtx("LI-AAAAAA-P1")),
    ]);
    for (const res of responses) expect(await errorOf(res)).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
  });
});

describe("bad bodies answer 400 with a message", () => {
  it.each([
    [
      "quote: empty cart",
      () => postQuote(json("/api/v1/checkout/quote", { lines: [] }), undefined),
      /Your cart is empty/,
    ],
    [
      "quote: malformed JSON",
      () => postQuote(json("/api/v1/checkout/quote", "{not json"), undefined),
      /not valid JSON/,
    ],
    [
      "quote: quantity 0",
      () => postQuote(json("/api/v1/checkout/quote", { lines: [{ variantId: "v1", quantity: 0 }] }), undefined),
      /lines\.0\.quantity/,
    ],
    ["order: no Idempotency-Key", () => postOrder(json("/api/v1/checkout/orders", {}), undefined), /Idempotency-Key/],
    [
      "order: odd Idempotency-Key",
      () => postOrder(json("/api/v1/checkout/orders", {}, { "Idempotency-Key": "a b" }), undefined),
      /Idempotency-Key/,
    ],
    [
      "order: unknown delivery method",
      () =>
        postOrder(
          json(
            "/api/v1/checkout/orders",
            { lines: [{ variantId: "v1", quantity: 1 }], delivery: { method: "DRONE" } },
            { "Idempotency-Key": checkoutKey() },
          ),
          undefined,
        ),
      /delivery/,
    ],
    [
      "card: not an order number",
      () => postCard(json("/api/v1/checkout/payments/card", { orderNumber: "42" }), undefined),
      /not an order number/,
    ],
    [
      "momo: foreign phone",
      () =>
        postMomo(
          json("/api/v1/checkout/payments/mobile-money", {
            orderNumber: "LI-AAAAAA",
            provider: "mtn",
            phone: "+44 7700 900123",
          }),
          undefined,
        ),
      /Ghana number/,
    ],
    [
      "momo: unknown network",
      () =>
        postMomo(
          json("/api/v1/checkout/payments/mobile-money", {
            orderNumber: "LI-AAAAAA",
            provider: "glo",
            phone: "0241234567",
          }),
          undefined,
        ),
      /Mobile Money network/,
    ],
    [
      "otp: too short",
      () =>
        postOtp(
          json("/api/v1/checkout/payments/mobile-money/otp", { reference: "LI-AAAAAA-P1", otp: "12" }),
          undefined,
        ),
      /code you received/,
    ],
  ])("%s", async (_name, call, message) => {
    await signedIn();
    const err = await errorOf(await call());
    expect(err.status).toBe(400);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(message);
  });

  it("a payment reference in the path is checked too", async () => {
    await signedIn();
    const err = await errorOf(await getPayment(new Request("http://test.local/x"), refCtx("bad ref!")));
    expect(err).toMatchObject({ status: 400, code: "BAD_REQUEST" });
  });
});

describe("review and place", () => {
  it("reviews the cart with server prices, reports changes and both payment plans", async () => {
    const s = await signedIn();
    const res = await postQuote(json("/api/v1/checkout/quote", { lines: s.lines, delivery: s.delivery }), undefined);
    expect(res.status).toBe(200);
    const review = await res.json();
    expect(review.canPlace).toBe(true);
    expect(review.totals).toMatchObject({
      subtotalMinor: 24_000,
      deliveryFeeMinor: 0,
      totalMinor: 24_000,
      dueNowMinor: 24_000,
      dueLaterMinor: 0,
      paymentPlan: "FULL",
    });
    expect(review.totals.plans.deposit).toBeNull(); // no pre-order line

    // the customer saw a lower price: the change is reported and placing waits for acceptance
    const seen = [{ ...s.lines[0], expectedPriceMinor: 10_000 }];
    const changed = await (
      await postQuote(json("/api/v1/checkout/quote", { lines: seen, delivery: s.delivery }), undefined)
    ).json();
    expect(changed.canPlace).toBe(false);
    expect(changed.cart.lines[0].changes).toEqual([
      { kind: "PRICE_CHANGED", previousMinor: 10_000, currentMinor: 12_000 },
    ]);

    // no delivery chosen yet: goods-only totals and a problem to show
    const partial = await (await postQuote(json("/api/v1/checkout/quote", { lines: s.lines }), undefined)).json();
    expect(partial).toMatchObject({ canPlace: false, problem: expect.stringMatching(/delivery/) });
  });

  it("places once per Idempotency-Key: a double submit returns the same order", async () => {
    const s = await signedIn();
    const idem = checkoutKey();
    const body = { lines: s.lines, delivery: s.delivery, paymentPlan: "FULL", expectedDueNowMinor: 24_000 };
    const [a, b] = await Promise.all([
      postOrder(json("/api/v1/checkout/orders", body, { "Idempotency-Key": idem }), undefined),
      postOrder(json("/api/v1/checkout/orders", body, { "Idempotency-Key": idem }), undefined),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const [oa, ob] = [await a.json(), await b.json()];
    expect(oa.order.number).toBe(ob.order.number);
    expect(oa.payment).toMatchObject({ amountMinor: 24_000, kind: "FULL" });
    expect(await prisma.order.count({ where: { customerId: s.shopper.id } })).toBe(1);
    const variant = await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } });
    expect(variant.reserved).toBe(2); // reserved once, not twice

    // a retry later with the same key still answers that order
    const again = await postOrder(json("/api/v1/checkout/orders", body, { "Idempotency-Key": idem }), undefined);
    expect(again.status).toBe(200);
    expect((await again.json()).order.number).toBe(oa.order.number);
  });

  it("the same Idempotency-Key with a different body is 422 IDEMPOTENCY_KEY_REUSED, not the first order", async () => {
    const s = await signedIn();
    const idem = checkoutKey();
    const body = { lines: s.lines, delivery: s.delivery, paymentPlan: "FULL" };
    const first = await postOrder(json("/api/v1/checkout/orders", body, { "Idempotency-Key": idem }), undefined);
    expect(first.status).toBe(201);
    const firstNumber = ((await first.json()) as { order: { number: string } }).order.number;

    const other = { ...body, lines: [{ variantId: s.variants[0]!.id, quantity: 1 }] };
    const reused = await postOrder(json("/api/v1/checkout/orders", other, { "Idempotency-Key": idem }), undefined);
    expect(await errorOf(reused)).toMatchObject({
      status: 422,
      code: "IDEMPOTENCY_KEY_REUSED",
      message: expect.stringMatching(/already used for a different order/),
    });
    expect(await prisma.order.count({ where: { customerId: s.shopper.id } })).toBe(1);

    // the same body with its keys in another order (and the reviewed amount added) is the same request
    const reordered = { paymentPlan: "FULL", delivery: s.delivery, lines: s.lines, expectedDueNowMinor: 24_000 };
    const again = await postOrder(json("/api/v1/checkout/orders", reordered, { "Idempotency-Key": idem }), undefined);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { order: { number: string } }).order.number).toBe(firstNumber);
  });

  it("refuses to place when the amount due now is not what the customer reviewed (409, nothing placed)", async () => {
    const s = await signedIn();
    const res = await postOrder(
      json(
        "/api/v1/checkout/orders",
        { lines: s.lines, delivery: s.delivery, expectedDueNowMinor: 20_000 },
        { "Idempotency-Key": checkoutKey() },
      ),
      undefined,
    );
    expect(await errorOf(res)).toMatchObject({
      status: 409,
      code: "CONFLICT",
      message: expect.stringMatching(/review the new total/),
    });
    expect(await prisma.order.count({ where: { customerId: s.shopper.id } })).toBe(0);
  });

  it("starts a card payment for the customer's own order only, and reports its status", async () => {
    const s = await signedIn();
    const placed = await (
      await postOrder(
        json("/api/v1/checkout/orders", { lines: s.lines, delivery: s.delivery }, { "Idempotency-Key": checkoutKey() }),
        undefined,
      )
    ).json();
    const started = await postCard(
      json("/api/v1/checkout/payments/card", { orderNumber: placed.order.number }),
      undefined,
    );
    expect(started.status).toBe(201);
    const card = await started.json();
    expect(card.authorizationUrl).toMatch(/^https?:\/\//);
    expect(card.amountMinor).toBe(24_000);

    const status = await getPayment(new Request("http://test.local/x"), refCtx(card.reference));
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({
      reference: card.reference,
      orderNumber: placed.order.number,
      amountMinor: 24_000,
    });

    // another customer: the order and the payment do not exist for them
    const other = await shopFor();
    session.user = await sessionUserFor({ userId: other.shopper.id });
    expect(
      await errorOf(
        await postCard(json("/api/v1/checkout/payments/card", { orderNumber: placed.order.number }), undefined),
      ),
    ).toMatchObject({ status: 404 });
    expect(await errorOf(await getPayment(new Request("http://test.local/x"), refCtx(card.reference)))).toMatchObject({
      status: 404,
    });
  });
});
