import "server-only";
import { z } from "zod";
import { type Db, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Batch } from "@/lib/generated/prisma/client";
import { ActorType, ShippingMethod } from "@/lib/generated/prisma/enums";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

const batchFields = {
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "Use letters, digits and dashes only"),
  originId: z.string().min(1, "Choose an origin"),
  shippingMethod: z.enum(ShippingMethod, { error: "Choose air or sea" }),
  cutoffAt: z.coerce.date({ error: "Enter the cut-off date and time" }),
  arrivalWindowStart: z.coerce.date({ error: "Enter when the arrival window starts" }),
  arrivalWindowEnd: z.coerce.date({ error: "Enter when the arrival window ends" }),
  minUnits: z.number().int().positive().optional(),
  notes: z.string().trim().max(2000).optional(),
  /** A batch starts as a DRAFT (admins review it) or OPEN at once; later states only via transitionBatch. */
  status: z.enum(["DRAFT", "OPEN"]).default("DRAFT"),
};

/** The window must follow the cut-off (also checked again under the row lock on edits). */
const withWindowRules = <T extends z.ZodType<{ cutoffAt: Date; arrivalWindowStart: Date; arrivalWindowEnd: Date }>>(
  schema: T,
) =>
  schema
    .refine((b) => b.arrivalWindowStart > b.cutoffAt, {
      path: ["arrivalWindowStart"],
      message: "The arrival window must start after the cut-off",
    })
    .refine((b) => b.arrivalWindowEnd >= b.arrivalWindowStart, {
      path: ["arrivalWindowEnd"],
      message: "The arrival window must not end before it starts",
    });

/** What the admin's form sends (the actor is the server's). */
export const ZCreateBatchForm = withWindowRules(z.object(batchFields));
export const ZCreateBatchInput = withWindowRules(
  z.object({
    ...batchFields,
    actor: z.object({ type: z.enum(ActorType), id: z.string().min(1).optional() }).default({ type: "SYSTEM" }),
  }),
);
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
