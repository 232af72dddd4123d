import "server-only";
import { type Prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { AppError } from "@/lib/errors";
import type { Batch, BatchStatus } from "@/lib/generated/prisma/client";
import { nextBatchStatus, type TBatchEvent } from "@/lib/batches/batch-transitions";
import type { TBatchActor } from "@/lib/batches/schemas";

// The status change every batch use case starts with, and nothing else: it is only ever
// called by the use cases in this folder (<verb>-batch.ts), which perform the transition's
// effects in the same transaction. Lint keeps it out of reach of everything outside
// lib/batches, so no caller can move a batch without its lines, refunds and notifications.

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

export type TBatchStatusChange = { batch: Batch; from: BatchStatus; to: BatchStatus; event: TBatchEvent };

/**
 * Locks the batch, checks the transition table and the caller's guard against the locked
 * row, sets status + its timestamp (+ `data`), and writes the BatchEvent. Illegal pair or a
 * refused guard → INVALID_STATE with a sentence for the admin; only ADMIN and SYSTEM act.
 */
export async function changeBatchStatus(
  tx: Prisma.TransactionClient,
  input: {
    batchId: string;
    event: TBatchEvent;
    actor: TBatchActor;
    now: Date;
    note?: string | undefined;
    /** Runs on the locked row before anything changes: returns extra columns, or throws to refuse. */
    prepare?: (batch: Batch) => Promise<Prisma.BatchUpdateInput & { notes?: string[] }> | Prisma.BatchUpdateInput;
  },
): Promise<TBatchStatusChange> {
  if (input.actor.type !== "ADMIN" && input.actor.type !== "SYSTEM")
    throw new AppError("FORBIDDEN", "Only the platform changes a batch's status.");
  if (!(await lockRow(tx, "Batch", input.batchId))) throw new AppError("NOT_FOUND", "Batch not found.");
  const batch = await tx.batch.findUniqueOrThrow({ where: { id: input.batchId } });
  const from = batch.status;
  const to = nextBatchStatus(from, input.event);
  if (!to) throw new AppError("INVALID_STATE", refusal(from, input.event), { details: { from, event: input.event } });

  const { notes: extraNotes = [], ...extra } = ((await input.prepare?.(batch)) ?? {}) as Prisma.BatchUpdateInput & {
    notes?: string[];
  };
  const column = TIMESTAMP_COLUMN[to];
  const updated = await tx.batch.update({
    where: { id: batch.id },
    data: { ...extra, status: to, ...(column ? { [column]: input.now } : {}) },
  });
  const notes = [input.note, ...extraNotes].filter(Boolean);
  await tx.batchEvent.create({
    data: {
      batchId: batch.id,
      fromStatus: from,
      toStatus: to,
      actorType: input.actor.type,
      actorId: input.actor.id ?? null,
      note: notes.length ? notes.join(" ") : null,
    },
  });
  return { batch: updated, from, to, event: input.event };
}

const VERB: Record<TBatchEvent, string> = {
  OPEN: "be opened",
  CLOSE: "be closed",
  SHIP: "be shipped",
  ARRIVE: "be marked arrived",
  COMPLETE: "be completed",
  CANCEL: "be cancelled",
};

const ADJECTIVE: Record<BatchStatus, string> = {
  DRAFT: "a draft",
  OPEN: "an open",
  CLOSED: "a closed",
  IN_TRANSIT: "a shipped",
  ARRIVED: "an arrived",
  COMPLETED: "a completed",
  CANCELLED: "a cancelled",
};

function refusal(from: BatchStatus, event: TBatchEvent): string {
  const which = ADJECTIVE[from].replace(/^a/, "A");
  if (event === "OPEN" && from !== "DRAFT") return `${which} batch cannot be opened again.`;
  if (event === "CANCEL" && (from === "IN_TRANSIT" || from === "ARRIVED" || from === "COMPLETED"))
    return `${which} batch cannot be cancelled: its goods have left the origin.`;
  return `${which} batch cannot ${VERB[event]}.`;
}
