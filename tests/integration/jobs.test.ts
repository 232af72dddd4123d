import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { closeDueBatches } from "@/lib/batches/close-due-batches";
import { commitReservation, expireStaleReservations, reserveForLine } from "@/lib/inventory/reservations";
import { jobs } from "@/lib/jobs/jobs";
import { enqueue, getBoss, stopBoss } from "@/lib/jobs/queue";
import { defineJob } from "@/lib/jobs/registry";
import { startWorker } from "@/lib/jobs/worker";
import { createTestProduct, uniq } from "../factories/catalog";
import { createTestBatch } from "../factories/batches";
import { createTestOrder } from "../factories/orders";

const MIN = 60 * 1000;
const DAY = 24 * 60 * MIN;

afterAll(async () => {
  await stopBoss({ timeoutMs: 2000 });
});

describe("reservations.expire → expireStaleReservations", () => {
  it("frees only ACTIVE reservations past their expiry", async () => {
    const { variants } = await createTestProduct({ variants: [{ stockOnHand: 10 }] });
    const variantId = variants[0]!.id;
    const now = new Date();
    const { order, lines } = await createTestOrder({
      lines: [
        { variantId, quantity: 1 },
        { variantId, quantity: 2 },
        { variantId, quantity: 3 },
      ],
    });
    const reserve = (i: number, expiresAt: Date) =>
      reserveForLine({
        orderId: order.id,
        orderLineId: lines[i]!.id,
        variantId,
        quantity: lines[i]!.quantity,
        expiresAt,
      });
    const stale = await reserve(0, new Date(now.getTime() - MIN));
    const fresh = await reserve(1, new Date(now.getTime() + 30 * MIN));
    const paid = await reserve(2, new Date(now.getTime() - MIN));
    await commitReservation({ reservationId: paid.id }); // expired on paper, but already sold
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: variantId } })).toMatchObject({
      stockOnHand: 7,
      reserved: 3,
    });

    const count = await expireStaleReservations({ now, variantIds: [variantId] });

    expect(count).toBe(1);
    const byId = Object.fromEntries(
      (await prisma.reservation.findMany({ where: { orderId: order.id } })).map((r) => [r.id, r.status]),
    );
    expect(byId).toEqual({ [stale.id]: "EXPIRED", [fresh.id]: "ACTIVE", [paid.id]: "COMMITTED" });
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: variantId } })).toMatchObject({
      stockOnHand: 7,
      reserved: 2,
    });

    // Running again changes nothing of ours.
    expect(await expireStaleReservations({ now, variantIds: [variantId] })).toBe(0);
    expect(await prisma.variant.findUniqueOrThrow({ where: { id: variantId } })).toMatchObject({ reserved: 2 });
  });

  it("frees batch allocation of expired pre-order holds", async () => {
    const { variants, originId } = await createTestProduct({
      variants: [{ availability: "PRE_ORDER", batchCap: 4 }],
    });
    const batch = await createTestBatch({ originId });
    const { order, lines } = await createTestOrder({ lines: [{ variantId: variants[0]!.id, quantity: 4 }] });
    await reserveForLine({
      orderId: order.id,
      orderLineId: lines[0]!.id,
      variantId: variants[0]!.id,
      quantity: 4,
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(await expireStaleReservations({ now: new Date(), variantIds: [variants[0]!.id] })).toBe(1);
    const alloc = await prisma.batchAllocation.findUniqueOrThrow({
      where: { batchId_variantId: { batchId: batch.id, variantId: variants[0]!.id } },
    });
    expect(alloc).toMatchObject({ reserved: 0, sold: 0 });
  });
});

describe("batches.close-due → closeDueBatches", () => {
  it("closes only OPEN batches past their cut-off and flags those below minimum", async () => {
    const { variants, originId } = await createTestProduct({ variants: [{ availability: "PRE_ORDER" }] });
    const variantId = variants[0]!.id;
    const now = Date.now();
    const past = {
      cutoffAt: new Date(now - MIN),
      arrivalWindowStart: new Date(now + 20 * DAY),
      arrivalWindowEnd: new Date(now + 30 * DAY),
    };
    const short = await createTestBatch({ originId, ...past, minUnits: 5 });
    const enough = await createTestBatch({ originId, ...past, minUnits: 3 });
    const noMinimum = await createTestBatch({ originId, ...past });
    const future = await createTestBatch({ originId, minUnits: 100 });
    const draft = await createTestBatch({ originId, ...past, status: "DRAFT" });
    // Paid units: 2 in `short` (plus an unpaid line that must not count), 3 in `enough`.
    await createTestOrder({
      lines: [
        { variantId, quantity: 2, batchId: short.id, status: "CONFIRMED" },
        { variantId, quantity: 9, batchId: short.id, status: "RESERVED" },
        { variantId, quantity: 3, batchId: enough.id, status: "PROCURED" },
      ],
    });

    const closed = await closeDueBatches({ now: new Date(now), originIds: [originId] });

    expect(closed.map((c) => c.batchId).sort()).toEqual([short.id, enough.id, noMinimum.id].sort());
    expect(closed.find((c) => c.batchId === short.id)?.isBelowMinimum).toBe(true);
    const after = Object.fromEntries(
      (await prisma.batch.findMany({ where: { originId } })).map((b) => [
        b.id,
        { status: b.status, below: b.isBelowMinimum },
      ]),
    );
    expect(after[short.id]).toEqual({ status: "CLOSED", below: true });
    expect(after[enough.id]).toEqual({ status: "CLOSED", below: false });
    expect(after[noMinimum.id]).toEqual({ status: "CLOSED", below: false });
    expect(after[future.id]).toEqual({ status: "OPEN", below: false });
    expect(after[draft.id]).toEqual({ status: "DRAFT", below: false });

    const event = await prisma.batchEvent.findFirstOrThrow({ where: { batchId: short.id, toStatus: "CLOSED" } });
    expect(event).toMatchObject({ actorType: "SYSTEM", fromStatus: "OPEN" });
    expect(event.note).toMatch(/below minimum: 2 of 5/);

    // A second run finds nothing to do.
    const again = await closeDueBatches({ now: new Date(now), originIds: [originId] });
    expect(again).toEqual([]);
  });
});

describe("pg-boss", () => {
  it("the app's job list has unique names and the two first jobs run every minute", () => {
    const names = jobs.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    expect(jobs.find((j) => j.name === "reservations.expire")?.schedule).toBe("* * * * *");
    expect(jobs.find((j) => j.name === "batches.close-due")?.schedule).toBe("* * * * *");
  });

  it("round trip: enqueue → a worker handles it with validated data; in a transaction only on commit", async () => {
    const handled: { n: number; tag: string }[] = [];
    const echo = defineJob({
      name: `test.echo-${uniq("q")}`,
      schema: z.object({ n: z.coerce.number().int(), tag: z.string() }),
      pollingIntervalSeconds: 0.5,
      retryLimit: 0,
      async handler(data) {
        handled.push(data);
        return { ok: true };
      },
    });
    const scheduled = defineJob({ name: `test.cron-${uniq("q")}`, schedule: "0 4 * * *", async handler() {} });
    const worker = await startWorker({ jobs: [echo, scheduled] });
    try {
      const boss = await getBoss();
      expect((await boss.getSchedules()).map((s) => s.name)).toContain(scheduled.name);

      const id = await echo.enqueue({ n: 1, tag: "direct" });
      expect(id).toEqual(expect.any(String));
      // Data arrives validated and coerced: "2" → 2.
      await enqueue(echo.name, { n: "2", tag: "untyped" });

      // Inside a Prisma transaction: rolled back → no job; committed → job.
      await prisma
        .$transaction(async (tx) => {
          await echo.enqueue({ n: 3, tag: "rolled-back" }, { tx });
          throw new Error("rollback");
        })
        .catch(() => {});
      await prisma.$transaction(async (tx) => {
        await echo.enqueue({ n: 4, tag: "committed" }, { tx });
      });

      const bad = await enqueue(echo.name, { n: "x" });
      await expect(echo.enqueue({ n: 5 } as never)).rejects.toThrow(); // validated at the caller too

      await waitFor(async () => handled.length >= 3 && (await boss.getJobById(echo.name, bad!))?.state === "failed");
      expect(handled.map((h) => h.tag).sort()).toEqual(["committed", "direct", "untyped"]);
      expect(handled.find((h) => h.tag === "untyped")?.n).toBe(2);
      expect((await boss.getJobById(echo.name, id!))?.state).toBe("completed");
    } finally {
      await worker.stop({ timeoutMs: 2000 });
    }
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > timeoutMs) throw new Error("timed out waiting for the worker");
    await new Promise((r) => setTimeout(r, 200));
  }
}
