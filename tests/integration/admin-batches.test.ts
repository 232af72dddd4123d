// The operations reads and edits behind /admin/batches: the list (filters, counts per status,
// units sold and orders per batch), the manifest, the previews each transition button shows
// (exactly what the transition then does, and nothing written), and editing a batch
// (arrival changes tell every paying customer; a closed batch keeps its cut-off).
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { cancelBatch } from "@/lib/batches/cancel-batch";
import { closeBatch } from "@/lib/batches/close-batch";
import { getAdminBatchOrThrow } from "@/lib/batches/get-admin-batch";
import { getBatchManifest } from "@/lib/batches/get-batch-manifest";
import { listAdminBatches } from "@/lib/batches/list-admin-batches";
import { previewBatchTransition } from "@/lib/batches/preview-batch-transitions";
import { updateBatch } from "@/lib/batches/update-batch";
import { getAdminOverviewCounts } from "@/lib/metrics/get-admin-overview-counts";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { createTestBatch } from "../factories/batches";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

setupOwnPaystackIntegration("admin_batches");
const ops = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const admin = { type: "ADMIN" as const, id: ops.id };
const PRICE = 15_000;

async function batchWithOrders(paid: number[], opts: { minUnits?: number } = {}) {
  const s = await shopFor([{ availability: "PRE_ORDER", batchCap: 50, priceMinor: PRICE }]);
  const batch = await createTestBatch({ originId: s.originId, ...(opts.minUnits ? { minUnits: opts.minUnits } : {}) });
  const variantId = s.variants[0]!.id;
  const orders = [];
  for (const quantity of paid) {
    const placed = await s.place([{ variantId, quantity }]);
    const p = await payByCard(placed.order.number, s.shopper.id);
    expect((await confirmPayment({ reference: p.reference, source: "callback" })).outcome).toBe("succeeded");
    orders.push(placed.order);
  }
  return { s, batch, variantId, orders };
}

const snapshot = async (batchId: string, code: string) => ({
  batch: await prisma.batch.findUniqueOrThrow({ where: { id: batchId } }),
  lines: await prisma.orderLine.findMany({
    where: { batchId },
    orderBy: { id: "asc" },
    select: { id: true, status: true },
  }),
  refunds: await prisma.refund.count({ where: { payment: { order: { lines: { some: { batchId } } } } } }),
  events: await prisma.batchEvent.count({ where: { batchId } }),
  outbox: await prisma.notification.count({ where: { data: { path: ["batchCode"], equals: code } } }),
});

describe("listAdminBatches", () => {
  it("shows units sold, paid orders and vendors per batch, and filters by code and status", async () => {
    const { batch } = await batchWithOrders([2, 3]);
    const list = await listAdminBatches({ q: batch.code });
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({
      code: batch.code,
      status: "OPEN",
      unitsSold: 5,
      orderCount: 2,
      vendorCount: 1,
    });
    expect(list.statusCounts.OPEN).toBe(1);
    expect((await listAdminBatches({ q: batch.code, status: "CLOSED" })).rows).toHaveLength(0);
    // the status counts ignore the status filter (they are the tabs)
    expect((await listAdminBatches({ q: batch.code, status: "CLOSED" })).statusCounts.OPEN).toBe(1);
  });

  it("lists the batches needing action: closing within 48 h, and closed under the minimum", async () => {
    const soon = await createTestBatch({
      originId: (await shopFor()).originId,
      cutoffAt: new Date(Date.now() + 3_600_000),
    });
    const { batch: under } = await batchWithOrders([1], { minUnits: 10 });
    await closeBatch({ batchId: under.id, actor: admin });
    const closing = (await listAdminBatches({ attention: "closing-soon" })).rows.map((r) => r.id);
    const decide = (await listAdminBatches({ attention: "under-minimum" })).rows.map((r) => r.id);
    expect(closing).toContain(soon.id);
    expect(closing).not.toContain(under.id);
    expect(decide).toContain(under.id);
    expect(decide).not.toContain(soon.id);
    // the overview counts the same sets (other test files add batches meanwhile: at least ours)
    const counts = await getAdminOverviewCounts();
    expect(counts.batchesClosingSoon).toBeGreaterThanOrEqual(1);
    expect(counts.batchesUnderMinimum).toBeGreaterThanOrEqual(1);
  });

  it("pages with a keyset cursor without repeating or skipping a batch", async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAdminBatches(cursor ? { cursor } : {});
      for (const r of page.rows) {
        expect(seen.has(r.id)).toBe(false);
        seen.add(r.id);
      }
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 100);
    expect(seen.size).toBe(await prisma.batch.count());
  });

  it("rejects a malformed filter with a message instead of a 500", async () => {
    await expect(listAdminBatches({ status: "SHIPPING" as never })).rejects.toThrow(/status/i);
  });
});

describe("getBatchManifest", () => {
  it("lists per vendor each variant's quantity, its orders and how much is handed over", async () => {
    const { batch, orders } = await batchWithOrders([2, 1]);
    const first = await prisma.orderLine.findFirstOrThrow({ where: { orderId: orders[0]!.id } });
    await prisma.$transaction((tx) =>
      transitionLine(tx, { lineId: first.id, event: "PROCURE", actor: { type: "VENDOR" } }),
    );
    const [vendor, ...others] = await getBatchManifest({ batchId: batch.id });
    expect(others).toHaveLength(0);
    expect(vendor).toMatchObject({ quantity: 3, procuredQuantity: 2 });
    expect(vendor!.items).toHaveLength(1);
    expect(vendor!.items[0]!.orderNumbers.sort()).toEqual(orders.map((o) => o.number).sort());
  });
});

describe("previewBatchTransition", () => {
  it("says what cancelling refunds — the same numbers the cancel then produces — and writes nothing", async () => {
    const { batch } = await batchWithOrders([2, 1]);
    const before = await snapshot(batch.id, batch.code);
    const cancel = await previewBatchTransition({ batchId: batch.id, event: "CANCEL", actor: admin });
    expect(cancel.refusal).toBeNull();
    expect(cancel.summary).toBe("Refunds 2 paid lines of 2 orders, GH₵ 450.00; customers and vendors are told.");
    expect(await snapshot(batch.id, batch.code)).toEqual(before);

    const done = await cancelBatch({ batchId: batch.id, actor: admin, reason: "Supplier closed" });
    expect(done).toMatchObject({ linesCancelled: 2, ordersTouched: 2, refundMinor: 3 * PRICE });
  });

  it("shows a refusal where the use case would refuse, and the refund alternative for shipping", async () => {
    const { batch } = await batchWithOrders([1], { minUnits: 5 });
    await closeBatch({ batchId: batch.id, actor: admin });
    const ship = await previewBatchTransition({ batchId: batch.id, event: "SHIP", actor: admin });
    expect(ship.summary).toBeNull();
    expect(ship.refusal).toMatch(/1 line\(s\) of 1 order\(s\) are not procured yet/);
    expect(ship.withRefunds).toMatchObject({ linesRefunded: 1, refundMinor: PRICE });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("CLOSED");
    // an event the state does not allow answers the lifecycle's own sentence
    expect(await previewBatchTransition({ batchId: batch.id, event: "OPEN", actor: admin })).toEqual({
      event: "OPEN",
      summary: null,
      refusal: "A closed batch cannot be opened again.",
    });
  });
});

describe("updateBatch", () => {
  it("a new arrival window tells each paying customer once, with a timeline entry", async () => {
    const { batch, orders } = await batchWithOrders([1, 1]);
    const start = new Date(batch.arrivalWindowStart.getTime() + 7 * 86_400_000);
    const end = new Date(batch.arrivalWindowEnd.getTime() + 7 * 86_400_000);
    const r = await updateBatch({ batchId: batch.id, actor: admin, arrivalWindowStart: start, arrivalWindowEnd: end });
    expect(r.customersNotified).toBe(2);
    // the same change again (a double click) tells nobody twice
    await updateBatch({ batchId: batch.id, actor: admin, arrivalWindowStart: start, arrivalWindowEnd: end });
    for (const o of orders) {
      const rows = await prisma.notification.findMany({
        where: { templateKey: "order.arrival_changed", data: { path: ["orderNumber"], equals: o.number } },
      });
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((n) => n.channel)).size).toBe(rows.length);
    }
    const detail = await getAdminBatchOrThrow({ code: batch.code.toLowerCase() });
    expect(detail.events[0]!.note).toMatch(/^Changed: arrival /);
    expect(detail.arrivalWindowStart).toBe(start.toISOString());
  });

  it("refuses a cut-off change once the batch has closed, and a window that starts before the cut-off", async () => {
    const { batch } = await batchWithOrders([1]);
    await expect(
      updateBatch({ batchId: batch.id, actor: admin, arrivalWindowStart: new Date(batch.cutoffAt.getTime() - 1000) }),
    ).rejects.toThrow("The arrival window must start after the cut-off.");
    await closeBatch({ batchId: batch.id, actor: admin });
    await expect(
      updateBatch({ batchId: batch.id, actor: admin, cutoffAt: new Date(Date.now() + 86_400_000) }),
    ).rejects.toThrow("The cut-off and the minimum can only change while the batch takes pre-orders.");
  });
});
