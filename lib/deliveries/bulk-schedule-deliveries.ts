import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { scheduleDelivery } from "@/lib/deliveries/schedule-delivery";
import { ZDeliveryActor, ZScheduleDeliveryInput } from "@/lib/deliveries/schemas";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";

export const MAX_BULK_DELIVERIES = 100;

export const ZBulkScheduleDeliveriesInput = z.object({
  deliveryIds: z
    .array(z.string().min(1).max(40))
    .min(1, "Select at least one delivery")
    .max(MAX_BULK_DELIVERIES, `Select at most ${MAX_BULK_DELIVERIES} deliveries at once`),
  riderId: ZScheduleDeliveryInput.shape.riderId,
  /** A day and slot for all of them; without them each keeps the one it has (a rider change). */
  date: ZScheduleDeliveryInput.shape.date.optional(),
  timeSlot: ZScheduleDeliveryInput.shape.timeSlot.optional(),
  actor: ZDeliveryActor,
  now: z.date().optional(),
});
export type TBulkScheduleDeliveriesInput = z.input<typeof ZBulkScheduleDeliveriesInput>;

export type TBulkScheduleDeliveriesResult = {
  assigned: { id: string; orderNumber: string; from: DeliveryStatus }[];
  refused: { id: string; orderNumber: string | null; message: string }[];
  /** "7 assigned, 1 refused: LDN-… was already delivered." */
  summary: string;
};

/**
 * Assigns many deliveries to one rider (and, when given, one day and slot): scheduleDelivery
 * for each, in its own transaction, so one refusal (already delivered, nothing left to
 * deliver, no slot yet) never undoes the others. Each refusal comes back with its order
 * number and the lifecycle's sentence; anything unexpected is rethrown.
 */
export async function bulkScheduleDeliveries(
  input: TBulkScheduleDeliveriesInput,
  db: Db = prisma,
): Promise<TBulkScheduleDeliveriesResult> {
  const args = ZBulkScheduleDeliveriesInput.parse(input);
  if ((args.date === undefined) !== (args.timeSlot === undefined))
    throw new AppError("BAD_REQUEST", "Choose both a day and a time slot, or neither to keep each delivery's own.");
  const ids = [...new Set(args.deliveryIds)];
  const rows = await db.delivery.findMany({
    where: { id: { in: ids } },
    select: { id: true, scheduledFor: true, timeSlot: true, order: { select: { number: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result: TBulkScheduleDeliveriesResult = { assigned: [], refused: [], summary: "" };
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) {
      result.refused.push({ id, orderNumber: null, message: "Delivery not found." });
      continue;
    }
    const orderNumber = row.order.number;
    const date = args.date ?? row.scheduledFor?.toISOString().slice(0, 10);
    const timeSlot = args.timeSlot ?? row.timeSlot ?? undefined;
    if (!date || !timeSlot) {
      result.refused.push({ id, orderNumber, message: "It has no day and slot yet: choose them for it." });
      continue;
    }
    try {
      const r = await scheduleDelivery(
        {
          deliveryId: id,
          actor: args.actor,
          riderId: args.riderId,
          date,
          timeSlot,
          ...(args.now ? { now: args.now } : {}),
        },
        db,
      );
      result.assigned.push({ id, orderNumber, from: r.from });
    } catch (e) {
      if (!isAppError(e)) throw e;
      result.refused.push({ id, orderNumber, message: e.message });
    }
  }
  const first = result.refused[0];
  result.summary = [
    `${result.assigned.length} assigned`,
    result.refused.length
      ? `, ${result.refused.length} refused: ${first!.orderNumber ?? "a delivery"} — ${first!.message}${
          result.refused.length > 1 ? ` (and ${result.refused.length - 1} more)` : ""
        }`
      : ".",
  ].join("");
  return result;
}
