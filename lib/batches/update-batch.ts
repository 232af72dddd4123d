import "server-only";
import { z } from "zod";
import { type Db, inTransaction, isRootClient, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { AppError } from "@/lib/errors";
import type { Batch, BatchStatus } from "@/lib/generated/prisma/client";
import { ZBatchActor } from "@/lib/batches/schemas";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { formatDate } from "@/lib/dates";
import { notifyCustomer } from "@/lib/notifications/enqueue";
import { PAID_LINE_STATUSES } from "@/lib/orders/statuses";

export const ZUpdateBatchInput = z.object({
  batchId: z.string().min(1),
  actor: ZBatchActor,
  cutoffAt: z.coerce.date().optional(),
  arrivalWindowStart: z.coerce.date().optional(),
  arrivalWindowEnd: z.coerce.date().optional(),
  minUnits: z.number().int().positive().max(1_000_000).nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type TUpdateBatchInput = z.input<typeof ZUpdateBatchInput>;

const SELLING: readonly BatchStatus[] = ["DRAFT", "OPEN"];
const WINDOW_EDITABLE: readonly BatchStatus[] = ["DRAFT", "OPEN", "CLOSED", "IN_TRANSIT"];

/**
 * Edits a batch's details under its row lock. The cut-off and the group-buy minimum change
 * only while the batch sells (DRAFT/OPEN); the arrival window until the goods arrive — and
 * once customers have paid, each of them is told the new estimate (an outbox row per order,
 * in the same transaction, with a BatchEvent saying what changed).
 */
export async function updateBatch(
  input: TUpdateBatchInput,
  db: Db = prisma,
): Promise<{ batch: Batch; customersNotified: number }> {
  const args = ZUpdateBatchInput.parse(input);
  const result = await inTransaction(db, async (tx) => {
    if (!(await lockRow(tx, "Batch", args.batchId))) throw new AppError("NOT_FOUND", "Batch not found.");
    const before = await tx.batch.findUniqueOrThrow({ where: { id: args.batchId } });
    const sells = SELLING.includes(before.status);
    if (!sells && (args.cutoffAt !== undefined || args.minUnits !== undefined))
      throw new AppError(
        "INVALID_STATE",
        "The cut-off and the minimum can only change while the batch takes pre-orders.",
      );
    const start = args.arrivalWindowStart ?? before.arrivalWindowStart;
    const end = args.arrivalWindowEnd ?? before.arrivalWindowEnd;
    const cutoff = args.cutoffAt ?? before.cutoffAt;
    const windowChanged =
      start.getTime() !== before.arrivalWindowStart.getTime() || end.getTime() !== before.arrivalWindowEnd.getTime();
    if (windowChanged && !WINDOW_EDITABLE.includes(before.status))
      throw new AppError("INVALID_STATE", "The arrival window cannot change once the batch has arrived or ended.");
    if (start <= cutoff)
      throw new AppError("BAD_REQUEST", "The arrival window must start after the cut-off.", {
        details: { field: "arrivalWindowStart" },
      });
    if (end < start)
      throw new AppError("BAD_REQUEST", "The arrival window must not end before it starts.", {
        details: { field: "arrivalWindowEnd" },
      });
    const batch = await tx.batch.update({
      where: { id: before.id },
      data: {
        cutoffAt: cutoff,
        arrivalWindowStart: start,
        arrivalWindowEnd: end,
        ...(args.minUnits !== undefined ? { minUnits: args.minUnits } : {}),
        ...(args.notes !== undefined ? { notes: args.notes || null } : {}),
      },
    });
    const changes = [
      cutoff.getTime() !== before.cutoffAt.getTime()
        ? `cut-off ${formatDate(before.cutoffAt)} → ${formatDate(cutoff)}`
        : null,
      windowChanged
        ? `arrival ${window(before.arrivalWindowStart, before.arrivalWindowEnd)} → ${window(start, end)}`
        : null,
      args.minUnits !== undefined && args.minUnits !== before.minUnits
        ? `minimum ${before.minUnits ?? "none"} → ${args.minUnits ?? "none"}`
        : null,
    ].filter(Boolean);
    if (changes.length)
      await tx.batchEvent.create({
        data: {
          batchId: batch.id,
          fromStatus: batch.status,
          toStatus: batch.status,
          actorType: args.actor.type,
          actorId: args.actor.id ?? null,
          note: `Changed: ${changes.join("; ")}.`,
        },
      });
    let customersNotified = 0;
    if (windowChanged) {
      const orders = await tx.order.findMany({
        where: { lines: { some: { batchId: batch.id, status: { in: [...PAID_LINE_STATUSES] } } } },
        select: { id: true, number: true, customerId: true, contactEmail: true, contactPhone: true },
        orderBy: { id: "asc" },
      });
      for (const o of orders) {
        await notifyCustomer(
          {
            userId: o.customerId,
            topic: "ORDER_UPDATES",
            templateKey: "order.arrival_changed",
            data: {
              orderNumber: o.number,
              batchCode: batch.code,
              arrivalWindowStart: start.toISOString(),
              arrivalWindowEnd: end.toISOString(),
            },
            dedupeKey: `order:${o.id}:arrival:${start.toISOString()}:${end.toISOString()}`,
            contact: { email: o.contactEmail, phone: o.contactPhone },
          },
          tx,
        );
      }
      customersNotified = orders.length;
    }
    return { batch, customersNotified };
  });
  if (isRootClient(db)) await invalidateCatalog({ type: "batch", batchId: result.batch.id }, db);
  return result;
}

const window = (a: Date, b: Date) => `${formatDate(a)}–${formatDate(b)}`;
