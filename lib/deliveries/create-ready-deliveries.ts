import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { createOrderDelivery, type TCreatedDelivery } from "@/lib/deliveries/create-order-delivery";
import { DELIVERABLE_ORDER_STATUSES } from "@/lib/deliveries/delivery-readiness";
import { type TCreateReadyDeliveriesInput, ZCreateReadyDeliveriesInput } from "@/lib/deliveries/schemas";
import type { OrderLineStatus } from "@/lib/generated/prisma/enums";

export type TCreateReadyDeliveriesResult = {
  created: TCreatedDelivery[];
  /** Orders looked at (the query's candidates; each is checked again under its lock). */
  checked: number;
  /** Orders whose creation threw (logged by the job; the next run tries them again). */
  failed: { orderId: string; error: string }[];
};

// Lines that keep an order waiting: not in Accra yet, or already on their way without a
// delivery (not ours to create one for).
const NOT_READY: OrderLineStatus[] = ["RESERVED", "PROCURED", "SHIPPED", "OUT_FOR_DELIVERY", "DELIVERED"];

/**
 * Gives every ready order its Delivery (the job `deliveries.create-ready` runs it every
 * minute; callers that just made orders ready may pass `orderIds`). A query finds orders that
 * look ready and have none; each is then created in its own transaction by
 * createOrderDelivery, which re-checks under the order's lock. Idempotent and safe to run
 * concurrently: the unique orderId and ON CONFLICT DO NOTHING make a second run a no-op.
 * Call it with the root client: one order's failure must not abort the others.
 */
export async function createReadyDeliveries(
  input: TCreateReadyDeliveriesInput = {},
  db: Db = prisma,
): Promise<TCreateReadyDeliveriesResult> {
  const args = ZCreateReadyDeliveriesInput.parse(input);
  const candidates = await db.order.findMany({
    where: {
      ...(args.orderIds ? { id: { in: args.orderIds } } : {}),
      status: { in: [...DELIVERABLE_ORDER_STATUSES] },
      balanceDueMinor: 0,
      delivery: { is: null },
      AND: [
        { lines: { some: { status: { in: ["ARRIVED", "CONFIRMED"] } } } },
        {
          lines: {
            none: {
              OR: [
                { status: { in: NOT_READY } },
                { status: "CONFIRMED", OR: [{ availability: "PRE_ORDER" }, { batchId: { not: null } }] },
              ],
            },
          },
        },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: args.limit,
  });

  const result: TCreateReadyDeliveriesResult = { created: [], checked: candidates.length, failed: [] };
  for (const { id: orderId } of candidates) {
    try {
      const r = await inTransaction(db, (tx) => createOrderDelivery(tx, { orderId, actor: args.actor }));
      if (r.isCreated) result.created.push(r.delivery);
    } catch (e) {
      if (!("$transaction" in db)) throw e; // inside the caller's transaction: it is aborted now
      result.failed.push({ orderId, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return result;
}
