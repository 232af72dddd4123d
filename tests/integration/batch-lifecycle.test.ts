import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createBatch } from "@/lib/batches/create-batch";
import { transitionBatch } from "@/lib/batches/transition-batch";
import { getOpenBatchByOrigin } from "@/lib/batches/open-batches";
import { createTestOrigin, createTestProduct, uniq } from "../factories/catalog";
import { createTestBatch } from "../factories/batches";
import { createTestOrder } from "../factories/orders";

// Cut-offs here are always in the future (other files run closeDueBatches concurrently);
// "after the cut-off" is simulated by passing a later `now`.
const DAY = 24 * 60 * 60 * 1000;
const admin = { type: "ADMIN" as const, id: "admin-1" };
const system = { type: "SYSTEM" as const };

describe("createBatch", () => {
  it("creates a DRAFT by default with its first event; codes are unique", async () => {
    const origin = await createTestOrigin();
    const code = uniq("b");
    const batch = await createBatch({
      code,
      originId: origin.id,
      shippingMethod: "AIR",
      cutoffAt: new Date(Date.now() + DAY),
      arrivalWindowStart: new Date(Date.now() + 5 * DAY),
      arrivalWindowEnd: new Date(Date.now() + 8 * DAY),
      minUnits: 20,
    });
    expect(batch).toMatchObject({ code: code.toUpperCase(), status: "DRAFT", minUnits: 20, openedAt: null });
    const events = await prisma.batchEvent.findMany({ where: { batchId: batch.id } });
    expect(events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "DRAFT", actorType: "SYSTEM" })]);
    await expect(createTestBatch({ originId: origin.id, code })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("validates dates and the origin", async () => {
    const origin = await createTestOrigin();
    const now = Date.now();
    await expect(
      createTestBatch({
        originId: origin.id,
        cutoffAt: new Date(now + 10 * DAY),
        arrivalWindowStart: new Date(now + 5 * DAY),
      }),
    ).rejects.toThrow(/after the cut-off/);
    await expect(createTestBatch({ originId: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("transitionBatch", () => {
  it("walks DRAFT → OPEN → CLOSED → IN_TRANSIT → ARRIVED → COMPLETED with events and timestamps", async () => {
    const origin = await createTestOrigin();
    const b = await createTestBatch({ originId: origin.id, status: "DRAFT" });
    expect((await transitionBatch({ batchId: b.id, event: "OPEN", actor: admin })).to).toBe("OPEN");
    const closed = await transitionBatch({ batchId: b.id, event: "CLOSE", actor: admin, note: "early" });
    expect(closed).toMatchObject({ from: "OPEN", to: "CLOSED", event: "CLOSE" });
    const shipped = await transitionBatch({
      batchId: b.id,
      event: "SHIP",
      actor: admin,
      carrier: "DHL",
      trackingNumber: "TRK1",
    });
    expect(shipped.batch).toMatchObject({ status: "IN_TRANSIT", carrier: "DHL", trackingNumber: "TRK1" });
    const arrived = await transitionBatch({ batchId: b.id, event: "ARRIVE", actor: system });
    expect(arrived).toMatchObject({ from: "IN_TRANSIT", to: "ARRIVED" });
    const done = await transitionBatch({ batchId: b.id, event: "COMPLETE", actor: admin });
    for (const col of ["openedAt", "closedAt", "shippedAt", "arrivedAt", "completedAt"] as const)
      expect(done.batch[col]).toBeInstanceOf(Date);
    expect(done.batch.cancelledAt).toBeNull();

    const events = await prisma.batchEvent.findMany({ where: { batchId: b.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
      "null>DRAFT",
      "DRAFT>OPEN",
      "OPEN>CLOSED",
      "CLOSED>IN_TRANSIT",
      "IN_TRANSIT>ARRIVED",
      "ARRIVED>COMPLETED",
    ]);
    expect(events[2]).toMatchObject({ actorType: "ADMIN", actorId: "admin-1", note: "early" });
  });

  it("refuses illegal transitions with INVALID_STATE and changes nothing", async () => {
    const origin = await createTestOrigin();
    const b = await createTestBatch({ originId: origin.id });
    for (const event of ["OPEN", "ARRIVE", "COMPLETE"] as const) {
      await expect(transitionBatch({ batchId: b.id, event, actor: admin })).rejects.toMatchObject({
        code: "INVALID_STATE",
      });
    }
    await expect(
      transitionBatch({ batchId: b.id, event: "SHIP", actor: admin, carrier: "x", trackingNumber: "y" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", message: "An open batch cannot be shipped." });
    await transitionBatch({ batchId: b.id, event: "CANCEL", actor: admin, reason: "supplier strike" });
    await expect(transitionBatch({ batchId: b.id, event: "OPEN", actor: admin })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const after = await prisma.batch.findUniqueOrThrow({ where: { id: b.id } });
    expect(after).toMatchObject({ status: "CANCELLED", cancelReason: "supplier strike" });
    expect(await prisma.batchEvent.count({ where: { batchId: b.id } })).toBe(2);
    await expect(transitionBatch({ batchId: "missing", event: "OPEN", actor: admin })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("guards: SYSTEM closes only after the cut-off, SHIP needs carrier + tracking, only ADMIN/SYSTEM act", async () => {
    const origin = await createTestOrigin();
    const b = await createTestBatch({ originId: origin.id });
    await expect(transitionBatch({ batchId: b.id, event: "CLOSE", actor: system })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(
      transitionBatch({ batchId: b.id, event: "CLOSE", actor: { type: "VENDOR", id: "v" } as never }),
    ).rejects.toThrow(/expected one of \\"ADMIN\\"/);
    const later = new Date(b.cutoffAt.getTime() + 1000);
    await transitionBatch({ batchId: b.id, event: "CLOSE", actor: system, now: later });
    await expect(
      transitionBatch({ batchId: b.id, event: "SHIP", actor: admin, carrier: "DHL" } as never),
    ).rejects.toThrow(/trackingNumber/);
    const shipped = await transitionBatch({
      batchId: b.id,
      event: "SHIP",
      actor: admin,
      carrier: "Maersk",
      trackingNumber: "MSKU123",
    });
    expect(shipped.to).toBe("IN_TRANSIT");

    const draft = await createTestBatch({ originId: origin.id, status: "DRAFT" });
    await expect(
      transitionBatch({
        batchId: draft.id,
        event: "OPEN",
        actor: admin,
        now: new Date(draft.cutoffAt.getTime() + 1),
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("COMPLETE waits until every line is delivered, refunded or returned", async () => {
    const { variants, originId } = await createTestProduct({ variants: [{ availability: "PRE_ORDER" }] });
    const b = await createTestBatch({ originId });
    const { lines } = await createTestOrder({
      status: "PAID",
      lines: [{ variantId: variants[0]!.id, batchId: b.id, status: "PROCURED" }],
    });
    await transitionBatch({ batchId: b.id, event: "CLOSE", actor: admin });
    await transitionBatch({ batchId: b.id, event: "SHIP", actor: admin, carrier: "DHL", trackingNumber: "1" });
    await transitionBatch({ batchId: b.id, event: "ARRIVE", actor: admin });
    await expect(transitionBatch({ batchId: b.id, event: "COMPLETE", actor: admin })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await prisma.orderLine.update({ where: { id: lines[0]!.id }, data: { status: "DELIVERED" } });
    expect((await transitionBatch({ batchId: b.id, event: "COMPLETE", actor: admin })).to).toBe("COMPLETED");
  });

  it("concurrent transitions of one batch: exactly one wins (row lock)", async () => {
    const origin = await createTestOrigin();
    const b = await createTestBatch({ originId: origin.id });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => transitionBatch({ batchId: b.id, event: "CLOSE", actor: admin })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "INVALID_STATE" });
    expect(await prisma.batchEvent.count({ where: { batchId: b.id, toStatus: "CLOSED" } })).toBe(1);
  });
});

describe("getOpenBatchByOrigin", () => {
  it("returns the OPEN batch of the origin with the soonest future cut-off", async () => {
    const origin = await createTestOrigin();
    expect((await getOpenBatchByOrigin({ originIds: [origin.id] })).get(origin.id)).toBeUndefined();
    const now = Date.now();
    const later = await createTestBatch({ originId: origin.id, cutoffAt: new Date(now + 14 * DAY) });
    const sooner = await createTestBatch({ originId: origin.id, cutoffAt: new Date(now + 3 * DAY) });
    await createTestBatch({ originId: origin.id, status: "DRAFT", cutoffAt: new Date(now + DAY) });
    expect((await getOpenBatchByOrigin({ originIds: [origin.id] })).get(origin.id)?.id).toBe(sooner.id);
    // After the sooner cut-off passes (job not run yet), the later batch takes new lines.
    expect(
      (await getOpenBatchByOrigin({ originIds: [origin.id], now: new Date(now + 4 * DAY) })).get(origin.id)?.id,
    ).toBe(later.id);
  });
});
