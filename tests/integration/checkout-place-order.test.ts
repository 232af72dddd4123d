// placeOrder on the real database: repricing, delivery, payment plans, reservations,
// idempotency and every bad input of issue §8 (each refused with a clear AppError, leaving
// no order and no held stock behind).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { toErrorBody } from "@/lib/errors";
import { placeOrder } from "@/lib/checkout/place-order";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { percentOf, splitFee } from "@/lib/money";
import { createTestProduct, createTestVendor } from "../factories/catalog";
import { createTestBatch } from "../factories/batches";
import {
  checkoutKey,
  createTestAddress,
  createTestPickupPoint,
  createTestShopper,
  createTestZone,
} from "../factories/checkout";

async function refusal(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!e) throw new Error("expected a refusal");
  const { status, body } = toErrorBody(e);
  return { status, code: body.error.code, message: body.error.message };
}

async function pickupSetup(
  variants: NonNullable<Parameters<typeof createTestProduct>[0]>["variants"] = [{ stockOnHand: 10 }],
) {
  const shopper = await createTestShopper();
  const point = await createTestPickupPoint();
  const catalog = await createTestProduct({ variants });
  return { shopper, point, ...catalog, delivery: { method: "PICKUP" as const, pickupPointId: point.id } };
}

type TPlaceInput = Parameters<typeof placeOrder>[0];

/**
 * placeOrder as the setup's shopper, picking up at its point, with a fresh idempotency key;
 * `input` gives the lines and overrides any of those.
 */
function placeFor(
  s: Awaited<ReturnType<typeof pickupSetup>>,
  input: Partial<TPlaceInput> & Pick<TPlaceInput, "lines">,
) {
  return placeOrder({
    customerId: s.shopper.id,
    idempotencyKey: checkoutKey(),
    delivery: s.delivery,
    ...input,
  });
}

describe("placeOrder — happy paths", () => {
  it("pay in full, pickup: repriced lines, fee, reservation, INITIALIZED payment, event", async () => {
    const s = await pickupSetup([{ stockOnHand: 10, priceMinor: 12_345 }]);
    const variantId = s.variants[0]!.id;
    const before = Date.now();
    const placed = await placeFor(s, { lines: [{ variantId, quantity: 3 }], paymentPlan: "FULL" });

    expect(placed.created).toBe(true);
    expect(placed.order.number).toMatch(/^LI-[0-9A-HJKMNP-TV-Z]{6}$/);
    const order = await prisma.order.findUniqueOrThrow({
      where: { id: placed.order.id },
      include: { lines: { include: { reservation: true } }, payments: true, events: true },
    });
    expect(order.status).toBe("PENDING_PAYMENT");
    expect(order.subtotalMinor).toBe(37_035);
    expect(order.deliveryFeeMinor).toBe(0);
    expect(order.totalMinor).toBe(37_035);
    expect(order.balanceDueMinor).toBe(37_035);
    expect(order.pickupPointId).toBe(s.point.id);
    expect(order.contactPhone).toBe(s.shopper.phone);
    const line = order.lines[0]!;
    expect(line).toMatchObject({
      status: "RESERVED",
      unitPriceMinor: 12_345,
      quantity: 3,
      lineTotalMinor: 37_035,
      feeBps: 1000,
      feeMinor: splitFee(37_035, 1000).feeMinor,
    });
    expect(line.reservation).toMatchObject({ status: "ACTIVE", kind: "STOCK", quantity: 3 });
    const minutes = (line.reservation!.expiresAt.getTime() - before) / 60_000;
    expect(minutes).toBeGreaterThan(29.9);
    expect(minutes).toBeLessThan(30.5);
    expect(order.payments).toHaveLength(1);
    expect(order.payments[0]).toMatchObject({
      status: "INITIALIZED",
      kind: "FULL",
      amountMinor: 37_035,
      reference: placed.payment!.reference,
    });
    expect(order.events.map((e) => e.type)).toEqual(["order.placed"]);
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: variantId } })).reserved).toBe(3);
  });

  it("home delivery adds the zone's fee and snapshots the address; vendor fee override applies", async () => {
    const shopper = await createTestShopper();
    const zone = await createTestZone({ feeMinor: 2_500 });
    const address = await createTestAddress({ userId: shopper.id, zoneId: zone.id });
    const vendor = await createTestVendor({ feeBps: 750 });
    const { variants } = await createTestProduct({
      vendorId: vendor.id,
      variants: [{ stockOnHand: 5, priceMinor: 9_999 }],
    });
    const placed = await placeOrder({
      customerId: shopper.id,
      idempotencyKey: checkoutKey(),
      lines: [{ variantId: variants[0]!.id, quantity: 1 }],
      delivery: { method: "HOME", addressId: address.id },
    });
    const order = await prisma.order.findUniqueOrThrow({
      where: { id: placed.order.id },
      include: { lines: true, payments: true },
    });
    expect(order).toMatchObject({
      deliveryMethod: "HOME",
      deliveryZoneId: zone.id,
      deliveryFeeMinor: 2_500,
      subtotalMinor: 9_999,
      totalMinor: 12_499,
      contactPhone: "+233244000111",
    });
    expect(order.shippingAddress).toMatchObject({ line1: "12 Oxford Street", city: "Accra", zone: zone.name });
    expect(order.lines[0]).toMatchObject({ feeBps: 750, feeMinor: percentOf(9_999, 750) });
    expect(order.payments[0]!.amountMinor).toBe(12_499);
  });

  it("deposit plan: in-stock lines and delivery in full, depositBps of pre-order lines; batch allocation held", async () => {
    const shopper = await createTestShopper();
    const zone = await createTestZone({ feeMinor: 1_000 });
    const address = await createTestAddress({ userId: shopper.id, zoneId: zone.id });
    const { variants, originId } = await createTestProduct({
      variants: [
        { stockOnHand: 4, priceMinor: 10_000 },
        { availability: "PRE_ORDER", batchCap: 5, priceMinor: 20_001 },
      ],
    });
    const batch = await createTestBatch({ originId });
    const settings = await prisma.platformSettings.findUniqueOrThrow({ where: { id: "platform" } });
    const placed = await placeOrder({
      customerId: shopper.id,
      idempotencyKey: checkoutKey(),
      lines: [
        { variantId: variants[0]!.id, quantity: 1 },
        { variantId: variants[1]!.id, quantity: 2 },
      ],
      delivery: { method: "HOME", addressId: address.id },
      paymentPlan: "DEPOSIT",
    });
    const deposit = 10_000 + 1_000 + percentOf(40_002, settings.depositBps);
    const order = await prisma.order.findUniqueOrThrow({
      where: { id: placed.order.id },
      include: { lines: { include: { reservation: true } }, payments: true },
    });
    expect(order).toMatchObject({
      paymentPlan: "DEPOSIT",
      totalMinor: 51_002,
      depositMinor: deposit,
      balanceDueMinor: deposit,
    });
    expect(order.payments[0]).toMatchObject({ kind: "DEPOSIT", amountMinor: deposit });
    const pre = order.lines.find((l) => l.availability === "PRE_ORDER")!;
    expect(pre.batchId).toBe(batch.id);
    expect(pre.reservation).toMatchObject({ kind: "BATCH", batchId: batch.id, status: "ACTIVE" });
    const alloc = await prisma.batchAllocation.findUniqueOrThrow({
      where: { batchId_variantId: { batchId: batch.id, variantId: variants[1]!.id } },
    });
    expect(alloc).toMatchObject({ reserved: 2, sold: 0 });
  });

  it("the review quote equals what placeOrder charges", async () => {
    const s = await pickupSetup([{ stockOnHand: 10, priceMinor: 5_050 }]);
    const input = {
      lines: [{ variantId: s.variants[0]!.id, quantity: 2 }],
      delivery: s.delivery,
      paymentPlan: "FULL" as const,
    };
    const quote = await quoteCheckout({ customerId: s.shopper.id, ...input });
    const placed = await placeOrder({ ...input, customerId: s.shopper.id, idempotencyKey: checkoutKey() });
    expect(quote.totalMinor).toBe(placed.order.totalMinor);
    expect(quote.dueNowMinor).toBe(placed.payment!.amountMinor);
    expect(quote.canPayDeposit).toBe(false);
  });
});

describe("placeOrder — bad input and abuse (issue §8)", () => {
  it.each([0, -1, 1.5, 100])("quantity %s is a 400 with a message", async (quantity) => {
    const s = await pickupSetup();
    const r = await refusal(placeFor(s, { lines: [{ variantId: s.variants[0]!.id, quantity }] }));
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/quantity/i);
  });

  it("more than in stock or above the batch cap is OUT_OF_STOCK and holds nothing", async () => {
    const s = await pickupSetup([{ stockOnHand: 2 }, { availability: "PRE_ORDER", batchCap: 3 }]);
    await createTestBatch({ originId: s.originId });
    const tooMany = await refusal(placeFor(s, { lines: [{ variantId: s.variants[0]!.id, quantity: 3 }] }));
    expect(tooMany).toMatchObject({ status: 409, code: "OUT_OF_STOCK" });
    expect(tooMany.message).toMatch(/Only 2 left/);
    const aboveCap = await refusal(
      placeFor(s, {
        lines: [
          { variantId: s.variants[0]!.id, quantity: 1 },
          { variantId: s.variants[1]!.id, quantity: 4 },
        ],
      }),
    );
    expect(aboveCap.code).toBe("OUT_OF_STOCK");
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(0);
    expect(await prisma.order.count({ where: { customerId: s.shopper.id } })).toBe(0);
  });

  it("the same variant twice is merged (and the merged quantity is checked)", async () => {
    const s = await pickupSetup([{ stockOnHand: 10 }]);
    const id = s.variants[0]!.id;
    const placed = await placeFor(s, {
      lines: [
        { variantId: id, quantity: 2 },
        { variantId: id, quantity: 3 },
      ],
    });
    const lines = await prisma.orderLine.findMany({ where: { orderId: placed.order.id } });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.quantity).toBe(5);
    const r = await refusal(
      placeFor(s, {
        lines: [
          { variantId: id, quantity: 60 },
          { variantId: id, quantity: 60 },
        ],
      }),
    );
    expect(r.status).toBe(400);
  });

  it("unknown, inactive and archived items are refused clearly", async () => {
    const s = await pickupSetup([{ stockOnHand: 5 }, { stockOnHand: 5, isActive: false }]);
    const archived = await createTestProduct({ status: "ARCHIVED" });
    const unknown = await refusal(placeFor(s, { lines: [{ variantId: "does-not-exist", quantity: 1 }] }));
    expect(unknown).toMatchObject({ status: 404, code: "NOT_FOUND" });
    const inactive = await refusal(placeFor(s, { lines: [{ variantId: s.variants[1]!.id, quantity: 1 }] }));
    expect(inactive).toMatchObject({ status: 422, code: "UNPROCESSABLE" });
    expect(inactive.message).toMatch(/no longer sold/);
    const arch = await refusal(placeFor(s, { lines: [{ variantId: archived.variants[0]!.id, quantity: 1 }] }));
    expect(arch.code).toBe("UNPROCESSABLE");
  });

  it("a pre-order with no OPEN batch for its origin is refused", async () => {
    const s = await pickupSetup([{ availability: "PRE_ORDER" }]);
    const r = await refusal(placeFor(s, { lines: [{ variantId: s.variants[0]!.id, quantity: 1 }] }));
    expect(r).toMatchObject({ status: 409, code: "INVALID_STATE" });
    expect(r.message).toMatch(/closed until the next shipment/);
  });

  it("tampered client prices are ignored: the server's price is charged", async () => {
    const s = await pickupSetup([{ stockOnHand: 5, priceMinor: 50_000 }]);
    const tampered = {
      variantId: s.variants[0]!.id,
      quantity: 1,
      priceMinor: 1,
      unitPriceMinor: 1,
      lineTotalMinor: 1,
    } as { variantId: string; quantity: number };
    const placed = await placeFor(s, { lines: [tampered], ...({ totalMinor: 1, deliveryFeeMinor: -500 } as object) });
    expect(placed.order.totalMinor).toBe(50_000);
    expect(placed.payment!.amountMinor).toBe(50_000);
  });

  it("deposit without pre-order lines, another customer's address, a closed pickup point, no phone", async () => {
    const s = await pickupSetup();
    const line = [{ variantId: s.variants[0]!.id, quantity: 1 }];
    expect((await refusal(placeFor(s, { lines: line, paymentPlan: "DEPOSIT" }))).status).toBe(400);
    const stranger = await createTestShopper();
    const theirs = await createTestAddress({ userId: stranger.id, zoneId: (await createTestZone()).id });
    expect(
      (await refusal(placeFor(s, { lines: line, delivery: { method: "HOME", addressId: theirs.id } }))).status,
    ).toBe(404);
    const closed = await createTestPickupPoint({ isActive: false });
    expect(
      (await refusal(placeFor(s, { lines: line, delivery: { method: "PICKUP", pickupPointId: closed.id } }))).status,
    ).toBe(400);
    const noZone = await createTestAddress({ userId: s.shopper.id, zoneId: null });
    expect(
      (await refusal(placeFor(s, { lines: line, delivery: { method: "HOME", addressId: noZone.id } }))).message,
    ).toMatch(/zone/);
    const phoneless = await prisma.user.create({
      data: { email: `${checkoutKey()}@customers.test`, name: "No Phone" },
    });
    expect((await refusal(placeFor(s, { customerId: phoneless.id, lines: line }))).message).toMatch(/phone/);
    const ok = await placeFor(s, { customerId: phoneless.id, lines: line, contactPhone: "024 400 0222" });
    expect(ok.created).toBe(true);
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(1);
  });

  it("an empty cart and an empty idempotency key are 400s", async () => {
    const s = await pickupSetup();
    expect((await refusal(placeFor(s, { lines: [] }))).status).toBe(400);
    expect(
      (await refusal(placeFor(s, { idempotencyKey: "", lines: [{ variantId: s.variants[0]!.id, quantity: 1 }] })))
        .status,
    ).toBe(400);
  });
});

describe("placeOrder — idempotency", () => {
  it("a retry with the same key returns the same order", async () => {
    const s = await pickupSetup([{ stockOnHand: 10 }]);
    const input = {
      customerId: s.shopper.id,
      idempotencyKey: checkoutKey(),
      lines: [{ variantId: s.variants[0]!.id, quantity: 2 }],
      delivery: s.delivery,
    };
    const first = await placeOrder(input);
    const again = await placeOrder(input);
    expect(again.created).toBe(false);
    expect(again.order.id).toBe(first.order.id);
    expect(again.payment!.reference).toBe(first.payment!.reference);
  });

  it("a concurrent double (tenfold) submit creates exactly one order and holds stock once", async () => {
    const s = await pickupSetup([{ stockOnHand: 10 }]);
    const input = {
      customerId: s.shopper.id,
      idempotencyKey: checkoutKey(),
      lines: [{ variantId: s.variants[0]!.id, quantity: 3 }],
      delivery: s.delivery,
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => placeOrder(input)));
    expect(new Set(results.map((r) => r.order.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.order.count({ where: { customerId: s.shopper.id } })).toBe(1);
    expect((await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[0]!.id } })).reserved).toBe(3);
  });
});
