import { lockRow } from "@/lib/db/lock-row";
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { type Db, type Prisma, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Reservation } from "@/lib/generated/prisma/client";
import { getOpenBatchByOrigin } from "@/lib/batches/open-batches";
import { alertLowStockIfCrossed } from "@/lib/inventory/low-stock-alert";

// No overselling under any concurrency: every hold is ONE conditional UPDATE whose WHERE
// re-checks availability on the row it locks (0 rows = not enough left), never a read then
// a write. The CHECK constraints of the database_rules migration are the backstop.
//
// Kinds:
//  - STOCK (in-stock variant): Variant.reserved += q while stockOnHand − reserved ≥ q.
//  - BATCH (pre-order variant): BatchAllocation(batch, variant).reserved += q while
//    reserved + sold + q ≤ Variant.batchCap. Uncapped variants are counted too (no limit),
//    so commit/release are the same for both and vendors see per-batch demand.
// Callers holding several lines should reserve them in variantId order (fewer deadlocks).

type Tx = Prisma.TransactionClient;

export const ZReserveForLineInput = z.object({
  orderId: z.string().min(1),
  orderLineId: z.string().min(1),
  variantId: z.string().min(1),
  quantity: z.number().int().positive().max(10_000),
  expiresAt: z.date(),
  /** Pre-order only: the batch to hold against; default: the origin's soonest-closing OPEN batch. */
  batchId: z.string().min(1).optional(),
});
export type TReserveForLineInput = z.input<typeof ZReserveForLineInput>;

function outOfStock(variantId: string, available: number): AppError {
  return new AppError("OUT_OF_STOCK", undefined, { details: { variantId, available: Math.max(0, available) } });
}

/** Holds stock or batch allocation for one order line. OUT_OF_STOCK { variantId, available } when short. */
export async function reserveForLine(input: TReserveForLineInput, db: Db = prisma): Promise<Reservation> {
  const args = ZReserveForLineInput.parse(input);
  return inTransaction(db, async (tx) => {
    const variant = await tx.variant.findUnique({
      where: { id: args.variantId },
      select: { availability: true, isActive: true, product: { select: { status: true, originId: true } } },
    });
    if (!variant) throw new AppError("NOT_FOUND", "This item does not exist.");
    if (!variant.isActive || variant.product.status !== "ACTIVE") throw outOfStock(args.variantId, 0);

    // One reservation per line (unique orderLineId): refuse before touching any counter.
    if (await tx.reservation.findUnique({ where: { orderLineId: args.orderLineId }, select: { id: true } })) {
      throw new AppError("CONFLICT", "This order line already has a reservation.");
    }
    const isStock = variant.availability === "IN_STOCK";
    const batchId = isStock ? null : await lockOpenBatch(tx, args.batchId, variant.product.originId);
    // The guarded hold first: a refusal (OUT_OF_STOCK) leaves nothing behind, even for a
    // caller that catches it and carries on in the same transaction.
    if (batchId) await holdBatchAllocation(tx, batchId, args.variantId, args.quantity);
    else await holdStock(tx, args.variantId, args.quantity);
    try {
      return await tx.reservation.create({
        data: {
          orderId: args.orderId,
          orderLineId: args.orderLineId,
          variantId: args.variantId,
          batchId,
          kind: isStock ? "STOCK" : "BATCH",
          quantity: args.quantity,
          expiresAt: args.expiresAt,
        },
      });
    } catch (e) {
      // A concurrent reservation of the same line won the race (this transaction is now void).
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", "This order line already has a reservation.");
      throw e;
    }
  });
}

async function holdStock(tx: Tx, variantId: string, q: number) {
  const n = await tx.$executeRaw`
    UPDATE "Variant" SET "reserved" = "reserved" + ${q}
    WHERE "id" = ${variantId} AND "stockOnHand" - "reserved" >= ${q}`;
  if (n === 1) return;
  const v = await tx.variant.findUniqueOrThrow({
    where: { id: variantId },
    select: { stockOnHand: true, reserved: true },
  });
  throw outOfStock(variantId, v.stockOnHand - v.reserved);
}

async function holdBatchAllocation(tx: Tx, batchId: string, variantId: string, q: number) {
  await tx.$executeRaw`
    INSERT INTO "BatchAllocation" ("id", "batchId", "variantId", "reserved", "sold")
    VALUES (${randomUUID()}, ${batchId}, ${variantId}, 0, 0)
    ON CONFLICT ("batchId", "variantId") DO NOTHING`;
  // On a lock wait PostgreSQL re-evaluates the WHERE against the row's newest version.
  const n = await tx.$executeRaw`
    UPDATE "BatchAllocation" AS a SET "reserved" = a."reserved" + ${q}
    FROM "Variant" AS v
    WHERE a."batchId" = ${batchId} AND a."variantId" = ${variantId} AND v."id" = a."variantId"
      AND (v."batchCap" IS NULL OR a."reserved" + a."sold" + ${q} <= v."batchCap")`;
  if (n === 1) return;
  const [row] = await tx.$queryRaw<{ left: number }[]>`
    SELECT (v."batchCap" - a."reserved" - a."sold")::int AS "left"
    FROM "BatchAllocation" a JOIN "Variant" v ON v."id" = a."variantId"
    WHERE a."batchId" = ${batchId} AND a."variantId" = ${variantId}`;
  throw outOfStock(variantId, row?.left ?? 0);
}

/**
 * The batch a pre-order line holds against, share-locked so that closing it (FOR UPDATE in
 * transitionBatch) waits for this checkout and no hold lands in a batch after it closed.
 */
async function lockOpenBatch(tx: Tx, requested: string | undefined, originId: string): Promise<string> {
  const batchId = requested ?? (await getOpenBatchByOrigin({ originIds: [originId] }, tx)).get(originId)?.id;
  if (!batchId)
    throw new AppError("INVALID_STATE", "Pre-orders from this origin are closed until the next batch opens.");
  const batch = (await lockRow(tx, "Batch", batchId, "share"))
    ? await tx.batch.findUnique({ where: { id: batchId }, select: { status: true, cutoffAt: true, originId: true } })
    : null;
  if (!batch) throw new AppError("NOT_FOUND", "Batch not found.");
  if (batch.originId !== originId) throw new AppError("BAD_REQUEST", "This item does not ship in that batch.");
  if (batch.status !== "OPEN" || batch.cutoffAt <= new Date()) {
    throw new AppError("INVALID_STATE", "This batch no longer accepts pre-orders.", { details: { batchId } });
  }
  return batchId;
}

/** Locks a reservation row and returns it (NOT_FOUND when missing). */
async function lockReservation(tx: Tx, reservationId: string): Promise<Reservation> {
  if (!(await lockRow(tx, "Reservation", reservationId))) throw new AppError("NOT_FOUND", "Reservation not found.");
  return tx.reservation.findUniqueOrThrow({ where: { id: reservationId } });
}

/**
 * Payment succeeded: the hold becomes a sale. STOCK: stockOnHand −q and reserved −q with a
 * SALE movement; BATCH: allocation reserved −q, sold +q. Committing twice returns the
 * committed row; a released/expired reservation is INVALID_STATE (its units went back on
 * sale — the caller re-reserves or refunds). A sale that takes available stock to or below
 * the variant's threshold enqueues the vendor's low-stock alert in the same transaction.
 */
export async function commitReservation(
  { reservationId }: { reservationId: string },
  db: Db = prisma,
): Promise<Reservation> {
  return inTransaction(db, async (tx) => {
    const r = await lockReservation(tx, reservationId);
    if (r.status === "COMMITTED") return r;
    if (r.status !== "ACTIVE") {
      throw new AppError("INVALID_STATE", "The reservation has already been released.", {
        details: { reservationId, status: r.status },
      });
    }
    if (r.kind === "STOCK") {
      const [v] = await tx.$queryRaw<{ stockOnHand: number; reserved: number }[]>`
        UPDATE "Variant" SET "stockOnHand" = "stockOnHand" - ${r.quantity}, "reserved" = "reserved" - ${r.quantity}
        WHERE "id" = ${r.variantId} RETURNING "stockOnHand", "reserved"`;
      const order = await tx.order.findUniqueOrThrow({ where: { id: r.orderId }, select: { number: true } });
      const movement = await tx.inventoryMovement.create({
        data: {
          variantId: r.variantId,
          reason: "SALE",
          quantity: -r.quantity,
          stockAfter: v?.stockOnHand ?? 0,
          reference: order.number,
        },
        select: { id: true },
      });
      if (v)
        await alertLowStockAfterSale(tx, {
          variantId: r.variantId,
          quantity: r.quantity,
          movementId: movement.id,
          ...v,
        });
    } else if (r.batchId) {
      await tx.$executeRaw`
        UPDATE "BatchAllocation" SET "reserved" = "reserved" - ${r.quantity}, "sold" = "sold" + ${r.quantity}
        WHERE "batchId" = ${r.batchId} AND "variantId" = ${r.variantId}`;
    }
    return tx.reservation.update({ where: { id: r.id }, data: { status: "COMMITTED", resolvedAt: new Date() } });
  });
}

/**
 * A paid sale leaves available stock (on hand − held) where its hold put it, so the crossing is
 * judged against the level before this sale's own units were held: that is the sale that took
 * the variant to or below its threshold.
 */
async function alertLowStockAfterSale(
  tx: Tx,
  s: { variantId: string; quantity: number; movementId: string; stockOnHand: number; reserved: number },
) {
  const v = await tx.variant.findUniqueOrThrow({
    where: { id: s.variantId },
    select: {
      lowStockAt: true,
      isActive: true,
      sku: true,
      title: true,
      product: { select: { vendorId: true, title: true, status: true } },
    },
  });
  const availableAfter = s.stockOnHand - s.reserved;
  await alertLowStockIfCrossed(tx, {
    vendorId: v.product.vendorId,
    variantId: s.variantId,
    movementId: s.movementId,
    availableBefore: availableAfter + s.quantity,
    availableAfter,
    stockOnHand: s.stockOnHand,
    reserved: s.reserved,
    lowStockAt: v.lowStockAt,
    sku: v.sku,
    variantTitle: v.title,
    productTitle: v.product.title,
    isOnSale: v.isActive && v.product.status === "ACTIVE",
  });
}

/** Gives the units back (payment failed, order cancelled or expired). Already resolved → returned unchanged. */
export async function releaseReservation(
  { reservationId, to }: { reservationId: string; to: "RELEASED" | "EXPIRED" },
  db: Db = prisma,
): Promise<Reservation> {
  return inTransaction(db, async (tx) => {
    const r = await lockReservation(tx, reservationId);
    if (r.status !== "ACTIVE") return r;
    if (r.kind === "STOCK") {
      await tx.$executeRaw`UPDATE "Variant" SET "reserved" = "reserved" - ${r.quantity} WHERE "id" = ${r.variantId}`;
    } else if (r.batchId) {
      await tx.$executeRaw`
        UPDATE "BatchAllocation" SET "reserved" = "reserved" - ${r.quantity}
        WHERE "batchId" = ${r.batchId} AND "variantId" = ${r.variantId}`;
    }
    return tx.reservation.update({ where: { id: r.id }, data: { status: to, resolvedAt: new Date() } });
  });
}

/**
 * The sweep (job reservations.expire): ACTIVE reservations whose expiresAt ≤ now become
 * EXPIRED and free their units. One short transaction per reservation, so the sweep never
 * holds many locks at once against checkouts and payments. Returns how many it expired.
 */
export async function expireStaleReservations(
  { now = new Date(), variantIds }: { now?: Date; variantIds?: string[] } = {},
  db: Db = prisma,
): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await db.reservation.findMany({
      where: {
        status: "ACTIVE",
        expiresAt: { lte: now },
        ...(variantIds ? { variantId: { in: variantIds } } : {}),
      },
      select: { id: true },
      orderBy: { expiresAt: "asc" },
      take: 500,
    });
    for (const { id } of due) {
      const r = await releaseExpired(db, id, now);
      if (r) expired++;
    }
    if (due.length < 500) return expired;
  }
}

async function releaseExpired(db: Db, id: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const r = await lockReservation(tx, id);
    // Re-checked under the lock: a payment may have committed it since the list was read.
    if (r.status !== "ACTIVE" || r.expiresAt > now) return false;
    await releaseReservation({ reservationId: id, to: "EXPIRED" }, tx);
    return true;
  });
}
