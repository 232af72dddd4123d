import "server-only";
import { z } from "zod";
import { type Db, type Prisma, inTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Batch, type BatchStatus } from "@/lib/generated/prisma/client";
import { ActorType, type OrderLineStatus } from "@/lib/generated/prisma/enums";
import { BATCH_EVENTS, nextBatchStatus, type TBatchEvent } from "@/lib/batches/batch-transitions";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

export {
  BATCH_EVENTS,
  BATCH_TRANSITIONS,
  allowedBatchEvents,
  nextBatchStatus,
  type TBatchEvent,
} from "@/lib/batches/batch-transitions";

export const ZTransitionBatchInput = z.object({
  batchId: z.string().min(1),
  event: z.enum(BATCH_EVENTS),
  actor: z.object({ type: z.enum(ActorType), id: z.string().min(1).optional() }),
  carrier: z.string().trim().min(1).max(100).optional(),
  trackingNumber: z.string().trim().min(1).max(100).optional(),
  note: z.string().trim().max(1000).optional(),
  /** The clock for the cut-off guards (tests and the close-due job pass theirs). */
  now: z.date().optional(),
});
export type TTransitionBatchInput = z.input<typeof ZTransitionBatchInput>;

/**
 * What changed. Callers react to it — lib/orders moves the batch's lines (ARRIVED makes
 * deposit balances due, CANCELLED refunds every paid line) in the same transaction when
 * they pass one in as `db`.
 */
export type TBatchTransition = { batch: Batch; from: BatchStatus; to: BatchStatus; event: TBatchEvent };

// Lines that count as sold into the batch (paid and not taken back).
const PAID_LINE_STATUSES: OrderLineStatus[] = [
  "CONFIRMED",
  "PROCURED",
  "SHIPPED",
  "ARRIVED",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
];
// Lines with nothing left to do: a batch completes only when all of its lines are here.
const SETTLED_LINE_STATUSES: OrderLineStatus[] = ["DELIVERED", "RETURNED", "CANCELLED", "UNAVAILABLE", "RELEASED"];
const TIMESTAMP_COLUMN: Partial<
  Record<BatchStatus, "openedAt" | "closedAt" | "shippedAt" | "arrivedAt" | "completedAt" | "cancelledAt">
> = {
  OPEN: "openedAt",
  CLOSED: "closedAt",
  IN_TRANSIT: "shippedAt",
  ARRIVED: "arrivedAt",
  COMPLETED: "completedAt",
  CANCELLED: "cancelledAt",
};

/**
 * The one place a batch changes status: locks the row (SELECT … FOR UPDATE), checks the
 * transition table and the event's guard, updates status + timestamp, writes a BatchEvent.
 * Illegal pair or failed guard → AppError INVALID_STATE; only ADMIN and SYSTEM actors may act.
 */
export async function transitionBatch(db: Db, input: TTransitionBatchInput): Promise<TBatchTransition> {
  const args = ZTransitionBatchInput.parse(input);
  if (args.actor.type !== "ADMIN" && args.actor.type !== "SYSTEM") {
    throw new AppError("FORBIDDEN", "Only the platform changes a batch's status.");
  }
  const now = args.now ?? new Date();

  const result = await inTransaction(db, async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Batch" WHERE id = ${args.batchId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "Batch not found.");
    const batch = await tx.batch.findUniqueOrThrow({ where: { id: args.batchId } });

    const from = batch.status;
    const to = nextBatchStatus(from, args.event);
    if (!to) {
      throw new AppError("INVALID_STATE", `A ${from.toLowerCase()} batch cannot ${args.event.toLowerCase()}.`, {
        details: { batchId: batch.id, from, event: args.event },
      });
    }

    const data: Prisma.BatchUpdateInput = { status: to };
    const column = TIMESTAMP_COLUMN[to];
    if (column) data[column] = now;
    const notes: string[] = [];
    if (args.note) notes.push(args.note);

    switch (args.event) {
      case "OPEN":
        if (batch.cutoffAt <= now)
          throw new AppError("INVALID_STATE", "The batch's cut-off has passed: move it before opening.");
        break;
      case "CLOSE": {
        // The job closes at the cut-off; only an admin may close early.
        if (args.actor.type === "SYSTEM" && now < batch.cutoffAt) {
          throw new AppError("INVALID_STATE", "The batch's cut-off has not passed yet.");
        }
        if (batch.minUnits !== null) {
          const units = await countPaidUnits(tx, batch.id);
          if (units < batch.minUnits) {
            data.isBelowMinimum = true;
            notes.push(`Closed below minimum: ${units} of ${batch.minUnits} units.`);
          }
        }
        break;
      }
      case "SHIP": {
        const carrier = args.carrier ?? batch.carrier;
        const trackingNumber = args.trackingNumber ?? batch.trackingNumber;
        if (!carrier || !trackingNumber)
          throw new AppError("INVALID_STATE", "Shipping needs a carrier and a tracking number.");
        data.carrier = carrier;
        data.trackingNumber = trackingNumber;
        break;
      }
      case "COMPLETE": {
        const open = await tx.orderLine.count({
          where: { batchId: batch.id, status: { notIn: SETTLED_LINE_STATUSES } },
        });
        if (open > 0)
          throw new AppError(
            "INVALID_STATE",
            `${open} line(s) in this batch are not delivered, refunded or returned yet.`,
          );
        break;
      }
      case "CANCEL":
        if (args.note) data.cancelReason = args.note;
        break;
      case "ARRIVE":
        break;
    }

    const updated = await tx.batch.update({ where: { id: batch.id }, data });
    await tx.batchEvent.create({
      data: {
        batchId: batch.id,
        fromStatus: from,
        toStatus: to,
        actorType: args.actor.type,
        actorId: args.actor.id ?? null,
        note: notes.length ? notes.join(" ") : null,
      },
    });
    return { batch: updated, from, to, event: args.event };
  });
  await invalidateCatalog({ type: "batch", batchId: result.batch.id }, db);
  return result;
}

async function countPaidUnits(tx: Prisma.TransactionClient, batchId: string): Promise<number> {
  const agg = await tx.orderLine.aggregate({
    where: { batchId, status: { in: PAID_LINE_STATUSES } },
    _sum: { quantity: true },
  });
  return agg._sum.quantity ?? 0;
}

// Thin wrappers for readable call sites (admin actions, jobs, lib/orders).
type TActor = TTransitionBatchInput["actor"];
export const openBatch = (db: Db, batchId: string, actor: TActor) =>
  transitionBatch(db, { batchId, event: "OPEN", actor });
export const closeBatch = (db: Db, batchId: string, actor: TActor, now?: Date) =>
  transitionBatch(db, { batchId, event: "CLOSE", actor, ...(now ? { now } : {}) });
export const shipBatch = (
  db: Db,
  batchId: string,
  actor: TActor,
  shipment: { carrier: string; trackingNumber: string },
) => transitionBatch(db, { batchId, event: "SHIP", actor, ...shipment });
export const markBatchArrived = (db: Db, batchId: string, actor: TActor) =>
  transitionBatch(db, { batchId, event: "ARRIVE", actor });
export const completeBatch = (db: Db, batchId: string, actor: TActor) =>
  transitionBatch(db, { batchId, event: "COMPLETE", actor });
export const cancelBatch = (db: Db, batchId: string, actor: TActor, reason?: string) =>
  transitionBatch(db, { batchId, event: "CANCEL", actor, ...(reason ? { note: reason } : {}) });
