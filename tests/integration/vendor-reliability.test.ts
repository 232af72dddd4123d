// The vendor reliability score on real rows: the facts gathered by SQL (each component, the
// 90-day edges, other vendors' rows and excused cancellations left out), what is stored and that
// it parses, the recompute after a batch ships (the every-minute sweep and the on-demand job) and
// the nightly run over every active or suspended vendor.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { closeBatch } from "@/lib/batches/close-batch";
import { shipBatch } from "@/lib/batches/ship-batch";
import type { OrderLineStatus } from "@/lib/generated/prisma/enums";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { computeReliabilityScore } from "@/lib/vendors/reliability/compute-reliability-score";
import { getReliabilityFacts } from "@/lib/vendors/reliability/get-reliability-facts";
import {
  afterShipVendorReliabilityJob,
  nightlyVendorReliabilityJob,
  vendorReliabilityForBatchJob,
} from "@/lib/vendors/reliability/jobs";
import { recomputeShippedBatchReliability } from "@/lib/vendors/reliability/recompute-shipped-batch-reliability";
import { recomputeVendorReliability } from "@/lib/vendors/reliability/recompute-vendor-reliability";
import { parseReliabilityComponents } from "@/lib/vendors/reliability/types";
import { jobs } from "@/lib/jobs/jobs";
import { createTestBatch } from "../factories/batches";
import { createTestProduct, createTestVendor } from "../factories/catalog";
import { createTestOrder } from "../factories/orders";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

setupOwnPaystackIntegration("vendor_reliability");

const MIN = 60 * 1000;
const DAY = 24 * 60 * MIN;
const ctx = { jobId: "test", name: "test", retryCount: 0 };

/** A vendor with one pre-order and one in-stock variant and a batch for its origin. */
async function vendorShop() {
  const catalog = await createTestProduct({ variants: [{ availability: "PRE_ORDER" }, { stockOnHand: 100 }] });
  const [pre, stock] = catalog.variants;
  return { ...catalog, pre: pre!, stock: stock! };
}

/** One order line for the vendor, in the given state, its dates set. */
async function line(
  variantId: string,
  opts: {
    status: OrderLineStatus;
    createdAt: Date;
    batchId?: string;
    procuredAt?: Date | null;
    deliveredAt?: Date | null;
  },
) {
  const { order, lines, customer } = await createTestOrder({
    lines: [{ variantId, status: opts.status, ...(opts.batchId ? { batchId: opts.batchId } : {}) }],
    status: "PAID",
  });
  const l = await prisma.orderLine.update({
    where: { id: lines[0]!.id },
    data: {
      createdAt: opts.createdAt,
      procuredAt: opts.procuredAt ?? null,
      deliveredAt: opts.deliveredAt ?? null,
    },
  });
  return { order, line: l, customer };
}

async function cancelEvent(l: { id: string; orderId: string }, actorType: "VENDOR" | "CUSTOMER" | "ADMIN" | "SYSTEM") {
  await prisma.orderEvent.create({
    data: {
      orderId: l.orderId,
      orderLineId: l.id,
      type: "line.cancel",
      fromStatus: "CONFIRMED",
      toStatus: "CANCELLED",
      actorType,
    },
  });
}

async function shippedBatch(originId: string, shippedAt: Date) {
  const b = await createTestBatch({ originId });
  return prisma.batch.update({ where: { id: b.id }, data: { status: "IN_TRANSIT", shippedAt } });
}

describe("getReliabilityFacts", () => {
  it("counts each component from the vendor's rows in the last 90 days, and nothing else", async () => {
    const now = new Date(Date.UTC(2026, 10, 20, 12));
    const ago = (days: number, extraMs = 0) => new Date(now.getTime() - days * DAY + extraMs);
    const s = await vendorShop();

    // procured before ship: a batch shipped 10 days ago, one just inside the window, one just outside
    const recent = await shippedBatch(s.originId, ago(10));
    const edgeIn = await shippedBatch(s.originId, ago(90, MIN));
    const edgeOut = await shippedBatch(s.originId, ago(90));
    const pre = s.pre.id;
    await line(pre, { status: "SHIPPED", createdAt: ago(20), batchId: recent.id, procuredAt: ago(12) });
    await line(pre, { status: "DELIVERED", createdAt: ago(20), batchId: recent.id, procuredAt: ago(11) });
    // travelled with the batch before procuredAt was recorded: on time
    await line(pre, { status: "ARRIVED", createdAt: ago(20), batchId: recent.id, procuredAt: null });
    // never sourced: not on time
    await line(pre, { status: "UNAVAILABLE", createdAt: ago(20), batchId: recent.id });
    // cancelled by the customer after procuring: no one's fault, left out of both line components
    const byCustomer = await line(pre, { status: "CANCELLED", createdAt: ago(20), batchId: recent.id });
    await cancelEvent(byCustomer.line, "CUSTOMER");
    // cancelled by the vendor: counts against both
    const byVendor = await line(pre, { status: "CANCELLED", createdAt: ago(20), batchId: recent.id });
    await cancelEvent(byVendor.line, "VENDOR");
    // never paid: not in any sample
    await line(pre, { status: "RELEASED", createdAt: ago(20), batchId: recent.id });
    await line(pre, { status: "SHIPPED", createdAt: ago(95), batchId: edgeIn.id, procuredAt: ago(92) });
    await line(pre, { status: "SHIPPED", createdAt: ago(95), batchId: edgeOut.id, procuredAt: ago(92) });

    // ordered in the window (in stock): fulfilled / not
    const stock = s.stock.id;
    await line(stock, { status: "CONFIRMED", createdAt: ago(90, MIN) }); // just inside
    await line(stock, { status: "CONFIRMED", createdAt: ago(90) }); // just outside
    await line(stock, { status: "UNAVAILABLE", createdAt: ago(5) });
    const byOps = await line(stock, { status: "CANCELLED", createdAt: ago(5) });
    await cancelEvent(byOps.line, "ADMIN");
    await line(stock, { status: "CONFIRMED", createdAt: ago(-1) }); // after now: not yet

    // delivered in the window: kept, returned, a refund request, a rejected request, a refund after delivery
    const kept = await line(stock, { status: "DELIVERED", createdAt: ago(100), deliveredAt: ago(3) });
    await line(stock, { status: "RETURNED", createdAt: ago(100), deliveredAt: ago(3) });
    const requested = await line(stock, { status: "DELIVERED", createdAt: ago(100), deliveredAt: ago(3) });
    await prisma.returnRequest.create({
      data: { orderLineId: requested.line.id, userId: requested.customer.id, type: "REFUND", reason: "torn" },
    });
    const rejected = await line(stock, { status: "DELIVERED", createdAt: ago(100), deliveredAt: ago(3) });
    await prisma.returnRequest.create({
      data: {
        orderLineId: rejected.line.id,
        userId: rejected.customer.id,
        type: "RETURN",
        reason: "changed my mind",
        status: "REJECTED",
      },
    });
    const refunded = await line(stock, { status: "DELIVERED", createdAt: ago(100), deliveredAt: ago(4) });
    const payment = await prisma.payment.create({
      data: {
        orderId: refunded.order.id,
        kind: "FULL",
        amountMinor: refunded.line.lineTotalMinor,
        reference: `rel-${refunded.line.id}`,
        status: "SUCCEEDED",
      },
    });
    await prisma.refund.create({
      data: {
        paymentId: payment.id,
        orderId: refunded.order.id,
        amountMinor: 500,
        reason: "late",
        reference: `rel-refund-${refunded.line.id}`,
        status: "PROCESSED",
        createdAt: ago(2),
        lines: { create: { orderLineId: refunded.line.id, amountMinor: 500 } },
      },
    });
    await line(stock, { status: "DELIVERED", createdAt: ago(100), deliveredAt: ago(91) }); // delivered too long ago

    // reviews: three published in the window (5, 4, 2), one hidden, one too old
    const review = async (rating: number, createdAt: Date, status: "PUBLISHED" | "HIDDEN" = "PUBLISHED") => {
      const l = await line(stock, { status: "DELIVERED", createdAt: ago(200), deliveredAt: ago(150) });
      await prisma.review.create({
        data: {
          productId: s.product.id,
          vendorId: s.vendor.id,
          orderLineId: l.line.id,
          userId: l.customer.id,
          rating,
          body: "ok",
          status,
          createdAt,
        },
      });
    };
    await review(5, ago(1));
    await review(4, ago(89));
    await review(2, ago(90, MIN));
    await review(1, ago(10), "HIDDEN");
    await review(1, ago(90));

    // another vendor's unavailable line in the same batch is not ours
    const other = await createTestProduct({ variants: [{ availability: "PRE_ORDER" }], originId: s.originId });
    await line(other.variants[0]!.id, { status: "UNAVAILABLE", createdAt: ago(5), batchId: recent.id });

    const facts = await getReliabilityFacts({ vendorId: s.vendor.id, now }, prisma);
    expect(facts).toEqual({
      // recent: SHIPPED, DELIVERED, ARRIVED on time; UNAVAILABLE and vendor-cancelled not; + the edge-in line
      shippedBatchLines: 6,
      procuredBeforeShip: 4,
      // pre-order lines ordered 20 days ago: 6 paid minus the customer's cancellation (5);
      // in stock: just-inside CONFIRMED, UNAVAILABLE (2; the ops cancellation is excused)
      confirmedLines: 7,
      unavailableLines: 2,
      vendorCancelledLines: 1,
      excusedCancellations: 2,
      deliveredLines: 5,
      refundedOrReturnedLines: 3,
      reviewCount: 3,
      ratingSum: 11,
    });
    expect(kept.line.status).toBe("DELIVERED");

    // What is stored is what the pure function says, and it parses back.
    const r = await recomputeVendorReliability({ vendorId: s.vendor.id, now }, prisma);
    const expected = computeReliabilityScore(facts, { computedAt: now });
    expect(r).toMatchObject({ score: expected.score, previousScore: null, changed: expected.score !== null });
    const stored = await prisma.vendor.findUniqueOrThrow({ where: { id: s.vendor.id } });
    expect(stored.reliabilityScore).toBe(expected.score);
    expect(stored.reliabilityUpdatedAt).toEqual(now);
    const parsed = parseReliabilityComponents(stored.reliabilityComponents);
    expect(parsed).toEqual(expected.components);
    const fulfilled = parsed!.components.find((c) => c.key === "fulfilled")!;
    expect(fulfilled.reasons).toContain("2 lines marked unavailable in the last 90 days");
    expect(fulfilled.score).toBe(57); // 4 of 7
    expect(parsed!.components.find((c) => c.key === "procuredOnTime")!.reasons[0]).toBe(
      "4 of 6 lines procured before their batch shipped",
    );
    // the other vendor has its own facts
    expect((await getReliabilityFacts({ vendorId: other.vendor.id, now }, prisma)).unavailableLines).toBe(1);
  });

  it("a new vendor has no score and says why", async () => {
    const vendor = await createTestVendor({ status: "ACTIVE" });
    const r = await recomputeVendorReliability({ vendorId: vendor.id }, prisma);
    expect(r?.score).toBeNull();
    expect(r?.changed).toBe(false);
    const stored = await prisma.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(stored.reliabilityScore).toBeNull();
    expect(parseReliabilityComponents(stored.reliabilityComponents)?.components.every((c) => c.score === null)).toBe(
      true,
    );
    expect(await recomputeVendorReliability({ vendorId: "no-such-vendor" }, prisma)).toBeNull();
  });
});

describe("recomputed when a batch ships", () => {
  it("the after-ship sweep recomputes the batch's vendors once, and the on-demand job does the same by batch", async () => {
    const ops = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const actor = { type: "ADMIN" as const, id: ops.id };
    const s = await shopFor([{ availability: "PRE_ORDER", batchCap: 50, priceMinor: 20_000 }]);
    await prisma.vendor.update({ where: { id: s.vendor.id }, data: { status: "ACTIVE" } });
    const batch = await createTestBatch({ originId: s.originId });
    const orderIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
      const paid = await payByCard(placed.order.number, s.shopper.id);
      expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
      orderIds.push(placed.order.id);
    }
    await closeBatch({ batchId: batch.id, actor });
    // the vendor procures five of six; the sixth is refunded when the batch ships without it
    const lines = await prisma.orderLine.findMany({ where: { batchId: batch.id }, orderBy: { id: "asc" } });
    expect(lines).toHaveLength(6);
    await prisma.$transaction(async (tx) => {
      for (const l of lines.slice(0, 5)) {
        await transitionLine(tx, { lineId: l.id, event: "PROCURE", actor: { type: "VENDOR" } });
        await tx.orderLine.update({ where: { id: l.id }, data: { procuredAt: new Date() } });
      }
    });
    const before = await recomputeShippedBatchReliability({}, prisma);
    expect(before.vendorIds).not.toContain(s.vendor.id);

    await shipBatch({ batchId: batch.id, actor, carrier: "Maersk", trackingNumber: "MSK1", refundUnprocured: true });
    const shippedAt = (await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).shippedAt!;

    const after = await recomputeShippedBatchReliability({ now: new Date(shippedAt.getTime() + MIN) }, prisma);
    expect(after.vendorIds).toContain(s.vendor.id);
    const v = await prisma.vendor.findUniqueOrThrow({ where: { id: s.vendor.id } });
    const parsed = parseReliabilityComponents(v.reliabilityComponents)!;
    expect(parsed.components.find((c) => c.key === "procuredOnTime")).toMatchObject({
      score: 83,
      sampleSize: 6,
      reasons: ["5 of 6 lines procured before their batch shipped", "1 line not procured in time"],
    });
    expect(parsed.components.find((c) => c.key === "fulfilled")!.reasons).toContain(
      "1 line marked unavailable in the last 90 days",
    );
    // procured 5/6 (w35) and fulfilled 5/6 (w30): 83
    expect(v.reliabilityScore).toBe(83);
    expect(v.reliabilityUpdatedAt!.getTime()).toBeGreaterThan(shippedAt.getTime());

    // once recomputed, the same shipped batch does not pick the vendor again
    const again = await recomputeShippedBatchReliability({ now: new Date(shippedAt.getTime() + 2 * MIN) }, prisma);
    expect(again.vendorIds).not.toContain(s.vendor.id);

    // the on-demand job by batch recomputes it again (the worker's exact entry)
    await prisma.vendor.update({
      where: { id: s.vendor.id },
      data: { reliabilityScore: 1, reliabilityUpdatedAt: null },
    });
    const byBatch = (await vendorReliabilityForBatchJob.run({ batchId: batch.id }, ctx)) as { recomputed: number };
    expect(byBatch.recomputed).toBe(1);
    expect((await prisma.vendor.findUniqueOrThrow({ where: { id: s.vendor.id } })).reliabilityScore).toBe(83);
    await expect(vendorReliabilityForBatchJob.run({}, ctx)).rejects.toThrow(/batchId/);
  });
});

describe("the nightly run", () => {
  it("recomputes every active and suspended vendor, not pending or rejected ones", async () => {
    const active = await createTestVendor({ status: "ACTIVE" });
    const suspended = await createTestVendor({ status: "SUSPENDED" });
    const pending = await createTestVendor({ status: "PENDING" });
    const rejected = await createTestVendor({ status: "REJECTED" });
    const { variants } = await createTestProduct({ vendorId: suspended.id });
    for (let i = 0; i < 5; i++)
      await line(variants[0]!.id, { status: "CONFIRMED", createdAt: new Date(Date.now() - DAY) });

    const result = (await nightlyVendorReliabilityJob.run({}, ctx)) as { recomputed: number; failed: number };
    expect(result.failed).toBe(0);
    expect(result.recomputed).toBeGreaterThanOrEqual(2);
    const rows = await prisma.vendor.findMany({
      where: { id: { in: [active.id, suspended.id, pending.id, rejected.id] } },
      select: { id: true, reliabilityUpdatedAt: true, reliabilityScore: true },
    });
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[active.id]!.reliabilityUpdatedAt).not.toBeNull();
    expect(byId[suspended.id]!.reliabilityUpdatedAt).not.toBeNull();
    expect(byId[suspended.id]!.reliabilityScore).toBe(100);
    expect(byId[pending.id]!.reliabilityUpdatedAt).toBeNull();
    expect(byId[rejected.id]!.reliabilityUpdatedAt).toBeNull();
  });

  it("the worker runs the reliability jobs on their schedules", () => {
    const byName = Object.fromEntries(jobs.map((j) => [j.name, j]));
    expect(byName["vendors.reliability-nightly"]).toMatchObject({ schedule: "30 2 * * *", timezone: "Africa/Accra" });
    expect(byName["vendors.reliability-after-ship"]).toMatchObject({ schedule: "* * * * *" });
    expect(byName["vendors.reliability-batch"]).toMatchObject({ schedule: undefined });
    expect(afterShipVendorReliabilityJob.name).toBe("vendors.reliability-after-ship");
  });
});
