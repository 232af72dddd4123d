import "server-only";
import type { Prisma } from "@/lib/db";
import { getOpenBatchByOrigin } from "@/lib/batches/open-batches";
import { lockRow } from "@/lib/db/lock-row";
import { isAppError } from "@/lib/errors";
import { releaseReservation, reserveForLine } from "@/lib/inventory/reservations";

export type THoldsResult = { ok: true; batchByLine: Map<string, string | null> } | { ok: false; reason: string };

/**
 * Makes sure every RESERVED line of an order holds its units right now, in the batch it
 * would be paid into (the soonest OPEN batch of its origin for pre-orders). A hold that
 * expired, was released after a failed payment, or sits in a batch that has closed since is
 * replaced by a fresh reservation (the old row is removed: one reservation per line).
 * Returns { ok: false, reason } when some line cannot be held any more — the caller then
 * refuses (retry) or releases everything and refunds (late payment).
 */
export async function ensureLineHolds(
  tx: Prisma.TransactionClient,
  { orderId, expiresAt }: { orderId: string; expiresAt: Date },
): Promise<THoldsResult> {
  const lines = await tx.orderLine.findMany({
    where: { orderId, status: "RESERVED" },
    select: {
      id: true,
      variantId: true,
      quantity: true,
      availability: true,
      batchId: true,
      productTitle: true,
      product: { select: { originId: true } },
      reservation: { select: { id: true, status: true, batchId: true } },
    },
    orderBy: { variantId: "asc" },
  });
  const batchByLine = new Map<string, string | null>();
  for (const line of lines) {
    let target: string | null = null;
    if (line.availability === "PRE_ORDER") {
      const open = (await getOpenBatchByOrigin({ originIds: [line.product.originId] }, tx)).get(line.product.originId);
      if (!open) return { ok: false, reason: `no open batch for “${line.productTitle}”` };
      target = open.id;
      // Share-lock the batch and re-read it: a close or cancel holds it FOR UPDATE, so a line
      // joins only a batch that is still open when this transaction commits.
      await lockRow(tx, "Batch", target, "share");
      const { status } = await tx.batch.findUniqueOrThrow({ where: { id: target }, select: { status: true } });
      if (status !== "OPEN") return { ok: false, reason: `the shipment for “${line.productTitle}” has closed` };
    }
    batchByLine.set(line.id, target);
    const r = line.reservation;
    if (r?.status === "ACTIVE" && (target === null || r.batchId === target)) continue;

    if (r?.status === "ACTIVE") await releaseReservation({ reservationId: r.id, to: "RELEASED" }, tx);
    if (r) await tx.reservation.delete({ where: { id: r.id } });
    try {
      await reserveForLine(
        {
          orderId,
          orderLineId: line.id,
          variantId: line.variantId,
          quantity: line.quantity,
          expiresAt,
          ...(target ? { batchId: target } : {}),
        },
        tx,
      );
    } catch (e) {
      if (!isAppError(e)) throw e;
      // A refused hold may leave its just-created row behind (the guarded UPDATE found no
      // room after the INSERT): it holds nothing, so it goes.
      await tx.reservation.deleteMany({ where: { orderLineId: line.id, status: "ACTIVE" } });
      return { ok: false, reason: e.code === "OUT_OF_STOCK" ? `“${line.productTitle}” is sold out` : e.message };
    }
    if (line.batchId !== target) await tx.orderLine.update({ where: { id: line.id }, data: { batchId: target } });
  }
  return { ok: true, batchByLine };
}

/** Gives back the units of the order's active holds (a payment failed); lines stay RESERVED, the order payable. */
export async function releaseLineHolds(
  tx: Prisma.TransactionClient,
  { orderId }: { orderId: string },
): Promise<number> {
  const active = await tx.reservation.findMany({
    where: { orderId, status: "ACTIVE" },
    select: { id: true },
    orderBy: { variantId: "asc" },
  });
  for (const r of active) await releaseReservation({ reservationId: r.id, to: "RELEASED" }, tx);
  return active.length;
}
