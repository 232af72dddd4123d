import { lockRow } from "@/lib/db/lock-row";
import "server-only";
import { inTransaction, type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeCartLines, type TCartLine } from "@/lib/cart/schema";

// A signed-in customer's cart, stored server-side (CartItem) so it follows them to another
// device. The browser keeps its own copy (localStorage) and syncs: it replaces the stored
// cart after each change, and merges once after sign-in (union; the larger quantity wins,
// so nothing added on either device is lost). Writes for one user are serialised by a row
// lock on the user, so two tabs cannot interleave a merge and a replace.

export async function getServerCart({ userId }: { userId: string }, db: Db = prisma): Promise<TCartLine[]> {
  const rows = await db.cartItem.findMany({
    where: { userId },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    select: { variantId: true, quantity: true },
  });
  return rows;
}

async function lockUser(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await lockRow(tx, "User", userId);
}

/** Writes exactly `lines` (unknown variants are dropped) and returns the stored cart. */
async function writeCart(tx: Prisma.TransactionClient, userId: string, lines: TCartLine[]): Promise<TCartLine[]> {
  const known = await tx.variant.findMany({
    where: { id: { in: lines.map((l) => l.variantId) } },
    select: { id: true },
  });
  const ids = new Set(known.map((v) => v.id));
  const keep = lines.filter((l) => ids.has(l.variantId));
  await tx.cartItem.deleteMany({ where: { userId, variantId: { notIn: keep.map((l) => l.variantId) } } });
  for (const l of keep) {
    await tx.cartItem.upsert({
      where: { userId_variantId: { userId, variantId: l.variantId } },
      create: { userId, variantId: l.variantId, quantity: l.quantity },
      update: { quantity: l.quantity },
    });
  }
  return keep;
}

/** Replaces the stored cart with the browser's (after every change while signed in). */
export async function replaceServerCart(
  { userId, lines }: { userId: string; lines: readonly TCartLine[] },
  db: Db = prisma,
): Promise<TCartLine[]> {
  const clean = normalizeCartLines(lines);
  return inTransaction(db, async (tx) => {
    await lockUser(tx, userId);
    return writeCart(tx, userId, clean);
  });
}

/**
 * Union of the stored cart and the browser's (once, after sign-in): every variant of
 * either, with the larger quantity. The browser's order first, then stored-only lines.
 */
export async function mergeServerCart(
  { userId, lines }: { userId: string; lines: readonly TCartLine[] },
  db: Db = prisma,
): Promise<TCartLine[]> {
  const local = normalizeCartLines(lines);
  return inTransaction(db, async (tx) => {
    await lockUser(tx, userId);
    const stored = await getServerCart({ userId }, tx);
    const merged = new Map(local.map((l) => [l.variantId, l.quantity]));
    for (const s of stored) merged.set(s.variantId, Math.max(merged.get(s.variantId) ?? 0, s.quantity));
    const union = normalizeCartLines([...merged].map(([variantId, quantity]) => ({ variantId, quantity })));
    return writeCart(tx, userId, union);
  });
}
