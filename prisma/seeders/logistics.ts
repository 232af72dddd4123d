// Delivery zones, pickup points and batches (open ones per origin, one in transit, one arrived).
import type { Db } from "@/lib/db";
import { upsertDeliveryZone, upsertPickupPoint } from "@/lib/deliveries/zones";
import { createBatch } from "@/lib/batches/create-batch";
import { transitionBatch } from "@/lib/batches/transition-batch";
import {
  ARRIVED_BATCH,
  DELIVERY_ZONES,
  IN_TRANSIT_BATCH,
  OPEN_BATCHES,
  PICKUP_POINTS,
  type TBatchPlan,
} from "../seed-data/logistics.ts";

const DAY = 86_400_000;

export async function seedDeliveries(db: Db) {
  for (const [position, z] of DELIVERY_ZONES.entries()) {
    await upsertDeliveryZone(
      {
        slug: z.slug,
        name: z.name,
        region: z.region,
        feeMinor: z.fee * 100,
        etaDays: z.etaDays,
        position,
      },
      db,
    );
  }
  for (const p of PICKUP_POINTS) await upsertPickupPoint(p, db);
  return { zones: DELIVERY_ZONES.length, pickupPoints: PICKUP_POINTS.length };
}

/** 18:00 Accra time (= UTC) `days` from today. */
function dayAt18(now: Date, days: number): Date {
  const d = new Date(now.getTime() + days * DAY);
  d.setUTCHours(18, 0, 0, 0);
  return d;
}

function batchDates(now: Date, plan: Pick<TBatchPlan, "cutoffInDays" | "arrival">) {
  const cutoffAt = dayAt18(now, plan.cutoffInDays);
  return {
    cutoffAt,
    arrivalWindowStart: new Date(cutoffAt.getTime() + plan.arrival[0] * DAY),
    arrivalWindowEnd: new Date(cutoffAt.getTime() + plan.arrival[1] * DAY),
  };
}

const code = (origin: string, method: string, cutoffAt: Date) =>
  `${origin}-${method}-${cutoffAt.toISOString().slice(2, 10).replace(/-/g, "")}`;

/**
 * Tops up batches relative to today: a slot (origin + method) that already has an OPEN
 * batch with a future cut-off is left alone, so a second run creates nothing; a later run
 * (after the job closed them) opens fresh ones.
 */
export async function seedBatches(db: Db, originIds: Map<string, string>, adminId: string, now = new Date()) {
  const actor = { type: "ADMIN" as const, id: adminId };
  let created = 0;
  for (const plan of OPEN_BATCHES) {
    const originId = originIds.get(plan.origin)!;
    const open = await db.batch.findFirst({
      where: { originId, shippingMethod: plan.method, status: "OPEN", cutoffAt: { gt: now } },
      select: { id: true },
    });
    if (open) continue;
    const dates = batchDates(now, plan);
    const batchCode = code(plan.origin, plan.method, dates.cutoffAt);
    if (await db.batch.findUnique({ where: { code: batchCode }, select: { id: true } })) continue;
    await createBatch(
      {
        code: batchCode,
        originId,
        shippingMethod: plan.method,
        minUnits: plan.minUnits,
        status: "OPEN",
        actor,
        ...dates,
      },
      db,
    );
    created++;
  }

  for (const plan of [IN_TRANSIT_BATCH, ARRIVED_BATCH]) {
    const originId = originIds.get(plan.origin)!;
    const target = plan.arrivedAfterDays === null ? "IN_TRANSIT" : "ARRIVED";
    if (await db.batch.findFirst({ where: { originId, status: target }, select: { id: true } })) continue;
    const dates = batchDates(now, plan);
    const batchCode = code(plan.origin, plan.method, dates.cutoffAt);
    if (await db.batch.findUnique({ where: { code: batchCode }, select: { id: true } })) continue;
    // A past cut-off: created OPEN, then walked through the lifecycle with realistic clocks.
    // No minimum: these demo batches carry no orders and would be flagged "below minimum".
    const batch = await createBatch(
      {
        code: batchCode,
        originId,
        shippingMethod: plan.method,
        status: "OPEN",
        actor,
        ...dates,
      },
      db,
    );
    const at = (days: number) => new Date(dates.cutoffAt.getTime() + days * DAY);
    await transitionBatch({ batchId: batch.id, event: "CLOSE", actor, now: at(0.1) }, db);
    await transitionBatch(
      {
        batchId: batch.id,
        event: "SHIP",
        actor,
        carrier: plan.carrier,
        trackingNumber: plan.trackingNumber,
        now: at(plan.shippedAfterDays),
      },
      db,
    );
    if (plan.arrivedAfterDays !== null)
      await transitionBatch({ batchId: batch.id, event: "ARRIVE", actor, now: at(plan.arrivedAfterDays) }, db);
    created++;
  }
  return { created };
}
