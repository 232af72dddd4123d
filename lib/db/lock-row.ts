import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Rows changed by read-modify-write under a lock (each aggregate's lifecycle locks its own). */
export type TLockable =
  | "Batch"
  | "Order"
  | "OrderLine"
  | "Payment"
  | "Refund"
  | "Reservation"
  | "User"
  | "Variant"
  | "WebhookEvent"
  | "Payout"
  | "Delivery";

/**
 * SELECT … FOR UPDATE (or FOR SHARE) on one row: the transaction holds it until commit, so
 * concurrent transitions of the same aggregate run one after the other and re-read fresh
 * state. Lock order across the code base (avoids deadlocks):
 *   Batch → Refund → Payment → Delivery → Order → OrderLine → Reservation → Variant.
 * A transaction that must take them out of order (a payment joining a batch) may deadlock;
 * PostgreSQL then aborts one of the two and inTransaction runs it again.
 */
export async function lockRow(
  tx: Prisma.TransactionClient,
  table: TLockable,
  id: string,
  mode: "update" | "share" = "update",
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} ${Prisma.raw(mode === "share" ? "FOR SHARE" : "FOR UPDATE")}`,
  );
  return rows.length === 1;
}
