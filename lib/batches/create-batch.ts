import "server-only";
import { z } from "zod";
import { type Db, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Batch } from "@/lib/generated/prisma/client";
import { ActorType, ShippingMethod } from "@/lib/generated/prisma/enums";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

export const ZCreateBatchInput = z
  .object({
    code: z
      .string()
      .trim()
      .min(2)
      .max(40)
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "letters, digits and dashes only"),
    originId: z.string().min(1),
    shippingMethod: z.enum(ShippingMethod),
    cutoffAt: z.coerce.date(),
    arrivalWindowStart: z.coerce.date(),
    arrivalWindowEnd: z.coerce.date(),
    minUnits: z.number().int().positive().optional(),
    notes: z.string().trim().max(2000).optional(),
    /** A batch starts as a DRAFT (admins review it) or OPEN at once; later states only via transitionBatch. */
    status: z.enum(["DRAFT", "OPEN"]).default("DRAFT"),
    actor: z.object({ type: z.enum(ActorType), id: z.string().min(1).optional() }).default({ type: "SYSTEM" }),
  })
  .refine((b) => b.arrivalWindowStart > b.cutoffAt, {
    path: ["arrivalWindowStart"],
    message: "must be after the cut-off",
  })
  .refine((b) => b.arrivalWindowEnd >= b.arrivalWindowStart, {
    path: ["arrivalWindowEnd"],
    message: "must not be before the window start",
  });
export type TCreateBatchInput = z.input<typeof ZCreateBatchInput>;

/**
 * Creates a batch and its first BatchEvent (from nothing to DRAFT/OPEN). The code is stored
 * upper-case and must be unique (CONFLICT otherwise); an unknown origin is NOT_FOUND.
 * An OPEN batch whose cut-off already passed is allowed (backfills, demo data): the
 * batches.close-due job closes it within a minute.
 */
export async function createBatch(input: TCreateBatchInput, db: Db = prisma): Promise<Batch> {
  const data = ZCreateBatchInput.parse(input);
  const code = data.code.toUpperCase();
  try {
    const batch = await inTransaction(db, async (tx) => {
      const origin = await tx.origin.findUnique({ where: { id: data.originId }, select: { id: true } });
      if (!origin) throw new AppError("NOT_FOUND", "Origin not found.");
      const batch = await tx.batch.create({
        data: {
          code,
          originId: data.originId,
          shippingMethod: data.shippingMethod,
          cutoffAt: data.cutoffAt,
          arrivalWindowStart: data.arrivalWindowStart,
          arrivalWindowEnd: data.arrivalWindowEnd,
          minUnits: data.minUnits ?? null,
          notes: data.notes ?? null,
          status: data.status,
          openedAt: data.status === "OPEN" ? new Date() : null,
        },
      });
      await tx.batchEvent.create({
        data: {
          batchId: batch.id,
          fromStatus: null,
          toStatus: batch.status,
          actorType: data.actor.type,
          actorId: data.actor.id ?? null,
          note: "Created",
        },
      });
      return batch;
    });
    await invalidateCatalog({ type: "batch", batchId: batch.id }, db);
    return batch;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", `A batch with code ${code} already exists.`);
    throw e;
  }
}
