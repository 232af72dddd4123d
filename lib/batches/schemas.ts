// Batch transition inputs (isomorphic: the admin's forms validate with the same schemas).
import { z } from "zod";

/** Who moves a batch: an admin (with their user id) or the platform's jobs. */
export const ZBatchActor = z.object({ type: z.enum(["ADMIN", "SYSTEM"]), id: z.string().min(1).optional() });
export type TBatchActor = z.infer<typeof ZBatchActor>;

const ZNote = z.string().trim().max(1000, "Keep the note under 1,000 characters");

const base = {
  batchId: z.string().min(1),
  actor: ZBatchActor,
  note: ZNote.optional(),
  /** The clock for the cut-off guards (tests and the close-due job pass theirs). */
  now: z.date().optional(),
};

export const ZOpenBatchInput = z.object(base);
export const ZCloseBatchInput = z.object(base);
export const ZShipBatchInput = z.object({
  ...base,
  carrier: z.string().trim().min(1, "Enter the carrier").max(100),
  trackingNumber: z.string().trim().min(1, "Enter the tracking number").max(100),
  /**
   * Lines still CONFIRMED (never handed over) cannot travel. Without this the batch is not
   * shipped while any exist; with it they become UNAVAILABLE and are refunded.
   */
  refundUnprocured: z.boolean().default(false),
});
export const ZArriveBatchInput = z.object(base);
export const ZCompleteBatchInput = z.object(base);
export const ZCancelBatchInput = z.object({
  ...base,
  reason: z.string().trim().min(3, "Say why the batch is cancelled (customers see it)").max(500),
});

export type TOpenBatchInput = z.input<typeof ZOpenBatchInput>;
export type TCloseBatchInput = z.input<typeof ZCloseBatchInput>;
export type TShipBatchInput = z.input<typeof ZShipBatchInput>;
export type TArriveBatchInput = z.input<typeof ZArriveBatchInput>;
export type TCompleteBatchInput = z.input<typeof ZCompleteBatchInput>;
export type TCancelBatchInput = z.input<typeof ZCancelBatchInput>;

/** Any transition by its event (the admin's buttons and the jobs): each event's own fields. */
export const ZTransitionBatchInput = z.discriminatedUnion("event", [
  ZOpenBatchInput.extend({ event: z.literal("OPEN") }),
  ZCloseBatchInput.extend({ event: z.literal("CLOSE") }),
  ZShipBatchInput.extend({ event: z.literal("SHIP") }),
  ZArriveBatchInput.extend({ event: z.literal("ARRIVE") }),
  ZCompleteBatchInput.extend({ event: z.literal("COMPLETE") }),
  ZCancelBatchInput.extend({ event: z.literal("CANCEL") }),
]);
export type TTransitionBatchInput = z.input<typeof ZTransitionBatchInput>;

/** What the admin's transition buttons send: the actor and the clock are the server's. */
export const ZAdminBatchTransition = z.discriminatedUnion("event", [
  ZOpenBatchInput.omit({ actor: true, now: true }).extend({ event: z.literal("OPEN") }),
  ZCloseBatchInput.omit({ actor: true, now: true }).extend({ event: z.literal("CLOSE") }),
  ZShipBatchInput.omit({ actor: true, now: true }).extend({ event: z.literal("SHIP") }),
  ZArriveBatchInput.omit({ actor: true, now: true }).extend({ event: z.literal("ARRIVE") }),
  ZCompleteBatchInput.omit({ actor: true, now: true }).extend({ event: z.literal("COMPLETE") }),
  ZCancelBatchInput.omit({ actor: true, now: true }).extend({ event: z.literal("CANCEL") }),
]);
export type TAdminBatchTransition = z.input<typeof ZAdminBatchTransition>;
