import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { InventoryReason } from "@/lib/generated/prisma/enums";

// A variant's stock history for its vendor (/vendor/stock/[variantId]): newest first, keyset
// pages on (createdAt, id). Only the vendor's own variants: another vendor's id lists nothing.

export const MOVEMENTS_PAGE_SIZE = 50;

export type TVariantMovementRow = {
  id: string;
  createdAt: string;
  reason: InventoryReason;
  quantity: number;
  stockAfter: number;
  /** A team member's name; "Londom team" for platform staff; null for the system (sales, returns). */
  who: string | null;
  /** An order number for sales and returns, or the vendor's own reference. */
  reference: string | null;
  note: string | null;
};

export async function listVariantMovements(
  input: { vendorId: string; variantId: string; cursor?: string | undefined },
  db: Db = prisma,
): Promise<{ rows: TVariantMovementRow[]; nextCursor: string | null }> {
  const { vendorId, variantId, cursor } = z
    .object({ vendorId: z.string().min(1), variantId: z.string().min(1), cursor: z.string().max(40).optional() })
    .parse(input);
  const scope = { variantId, variant: { product: { vendorId } } };
  const after = cursor
    ? await db.inventoryMovement.findFirst({ where: { id: cursor, ...scope }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.inventoryMovement.findMany({
    where: {
      ...scope,
      ...(after
        ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MOVEMENTS_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      reason: true,
      quantity: true,
      stockAfter: true,
      reference: true,
      note: true,
      actor: { select: { name: true, membership: { select: { vendorId: true } } } },
    },
  });
  const page = rows.slice(0, MOVEMENTS_PAGE_SIZE);
  return {
    rows: page.map((m) => ({
      id: m.id,
      createdAt: m.createdAt.toISOString(),
      reason: m.reason,
      quantity: m.quantity,
      stockAfter: m.stockAfter,
      // Names of people outside the vendor's team are not the vendor's to see.
      who: m.actor ? (m.actor.membership?.vendorId === vendorId ? m.actor.name : "Londom team") : null,
      reference: m.reference,
      note: m.note,
    })),
    nextCursor: rows.length > MOVEMENTS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
