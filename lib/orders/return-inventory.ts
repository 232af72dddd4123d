import "server-only";
import type { Prisma } from "@/lib/db";
import type { ReservationKind, ReservationStatus } from "@/lib/generated/prisma/enums";
import { adjustStock } from "@/lib/inventory/adjust-stock";

type TLineWithReservation = {
  id: string;
  variantId: string;
  quantity: number;
  reservation: { status: ReservationStatus; kind: ReservationKind; batchId: string | null; quantity: number } | null;
};

/**
 * A paid line taken back before delivery (cancelled / unavailable): its sold units go back
 * where they came from — in-stock units to stock on hand (InventoryMovement RETURN), capped
 * pre-order units to the batch allocation (sold − q) so the cap frees up. Uncapped
 * pre-orders hold nothing to return.
 */
export async function returnCommittedInventory(
  tx: Prisma.TransactionClient,
  input: { line: TLineWithReservation; reference: string; note: string },
) {
  const r = input.line.reservation;
  if (!r || r.status !== "COMMITTED") return;
  if (r.kind === "STOCK") {
    await adjustStock(
      {
        variantId: input.line.variantId,
        delta: r.quantity,
        reason: "RETURN",
        reference: input.reference,
        note: input.note,
      },
      tx,
    );
    return;
  }
  if (r.batchId) {
    // Guarded decrement: the CHECK constraint would refuse a negative `sold` anyway.
    await tx.$executeRaw`UPDATE "BatchAllocation" SET "sold" = "sold" - ${r.quantity}
      WHERE "batchId" = ${r.batchId} AND "variantId" = ${input.line.variantId} AND "sold" >= ${r.quantity}`;
  }
}
