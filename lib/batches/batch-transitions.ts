// The batch state machine of domain.md as data (isomorphic: no database, safe for client
// components that render the allowed actions). Guards and side effects live in
// batch-lifecycle.ts; this table alone decides which (status, event) pairs are legal.
//
//   DRAFT → OPEN → CLOSED → IN_TRANSIT → ARRIVED → COMPLETED
//     └──────┴───────┴──→ CANCELLED
import type { BatchStatus } from "@/lib/generated/prisma/enums";

export const BATCH_EVENTS = ["OPEN", "CLOSE", "SHIP", "ARRIVE", "COMPLETE", "CANCEL"] as const;
export type TBatchEvent = (typeof BATCH_EVENTS)[number];

export const BATCH_TRANSITIONS: Readonly<Record<TBatchEvent, { from: readonly BatchStatus[]; to: BatchStatus }>> = {
  OPEN: { from: ["DRAFT"], to: "OPEN" },
  CLOSE: { from: ["OPEN"], to: "CLOSED" },
  SHIP: { from: ["CLOSED"], to: "IN_TRANSIT" },
  ARRIVE: { from: ["IN_TRANSIT"], to: "ARRIVED" },
  COMPLETE: { from: ["ARRIVED"], to: "COMPLETED" },
  // Once goods have left the origin the batch can no longer be cancelled as a whole.
  CANCEL: { from: ["DRAFT", "OPEN", "CLOSED"], to: "CANCELLED" },
};

/** The status `event` leads to from `from`, or null when the pair is illegal. */
export function nextBatchStatus(from: BatchStatus, event: TBatchEvent): BatchStatus | null {
  const t = BATCH_TRANSITIONS[event];
  return t.from.includes(from) ? t.to : null;
}

/** Events an admin may fire on a batch in `status` (what an admin UI shows as actions). */
export function allowedBatchEvents(status: BatchStatus): TBatchEvent[] {
  return BATCH_EVENTS.filter((e) => nextBatchStatus(status, e) !== null);
}
