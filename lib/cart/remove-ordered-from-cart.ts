import "server-only";
import { type Db, prisma } from "@/lib/db";
import { getServerCart, replaceServerCart } from "@/lib/cart/server-cart";

/**
 * Once an order is paid its items leave the customer's stored cart (anything added since
 * stays). Done on the server, before the page reaches the browser, so the browser's cart
 * sync — where the stored cart wins — cannot bring them back. Returns the variant ids the
 * page removes from the browser's copy too. Idempotent.
 */
export async function removeOrderedFromCart(
  input: { customerId: string; orderNumber: string },
  db: Db = prisma,
): Promise<string[]> {
  const order = await db.order.findFirst({
    where: { number: input.orderNumber, customerId: input.customerId },
    select: { lines: { select: { variantId: true } } },
  });
  if (!order) return [];
  const ordered = new Set(order.lines.map((l) => l.variantId));
  const stored = await getServerCart({ userId: input.customerId }, db);
  if (stored.some((l) => ordered.has(l.variantId))) {
    await replaceServerCart({ userId: input.customerId, lines: stored.filter((l) => !ordered.has(l.variantId)) }, db);
  }
  return [...ordered];
}
