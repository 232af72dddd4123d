import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

type TLockable = "Order" | "OrderLine" | "Payment" | "Refund" | "WebhookEvent";

/**
 * SELECT … FOR UPDATE on one row: the transaction holds it until commit, so concurrent
 * transitions of the same aggregate run one after the other and re-read fresh state.
 * Lock order across the code base (avoids deadlocks): Refund → Payment → Order → OrderLine.
 */
export async function lockRow(tx: Prisma.TransactionClient, table: TLockable, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`,
  );
  return rows.length === 1;
}
