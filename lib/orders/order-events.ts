import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActorType } from "@/lib/generated/prisma/enums";

export type TActor = { type: ActorType; id?: string | null };
export const SYSTEM: TActor = { type: "SYSTEM" };

/** One row of an order's timeline: who did what, when, from which state to which. */
export async function recordOrderEvent(
  input: {
    orderId: string;
    orderLineId?: string;
    type: string;
    from?: string | null;
    to?: string | null;
    actor: TActor;
    note?: string | null;
    data?: Record<string, unknown>;
  },
  db: Db = prisma,
) {
  return db.orderEvent.create({
    data: {
      orderId: input.orderId,
      orderLineId: input.orderLineId ?? null,
      type: input.type,
      fromStatus: input.from ?? null,
      toStatus: input.to ?? null,
      actorType: input.actor.type,
      actorId: input.actor.id ?? null,
      note: input.note ?? null,
      ...(input.data ? { data: input.data as Prisma.InputJsonValue } : {}),
    },
  });
}
