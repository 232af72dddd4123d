import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordOrderEvent } from "@/lib/orders/order-events";

// Internal notes on an order: append-only OrderEvent rows of type "note" (never edited or
// deleted), shown in the admin timeline and never to the customer (describeEvent hides them).

export const ORDER_NOTE_EVENT = "note";

export const ZAddOrderNote = z.object({
  orderNumber: z.string().trim().min(1).max(40),
  note: z.string().trim().min(1, "Write the note").max(2000, "Keep a note under 2,000 characters"),
});

export async function addOrderNote(
  input: z.input<typeof ZAddOrderNote> & { adminId: string },
  db: Db = prisma,
): Promise<{ id: string; orderId: string; createdAt: Date }> {
  const args = ZAddOrderNote.parse(input);
  const order = await db.order.findUnique({ where: { number: args.orderNumber }, select: { id: true } });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.");
  const e = await recordOrderEvent(
    { orderId: order.id, type: ORDER_NOTE_EVENT, actor: { type: "ADMIN", id: input.adminId }, note: args.note },
    db,
  );
  return { id: e.id, orderId: order.id, createdAt: e.createdAt };
}
