import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ActorType, BatchStatus, ShippingMethod } from "@/lib/generated/prisma/enums";
import { batchStats, type TAdminBatchRow } from "@/lib/batches/list-admin-batches";

// One batch for its operations page: the row, its numbers and its event timeline.

export type TAdminBatch = Omit<TAdminBatchRow, "origin"> & {
  origin: { id: string; name: string; code: string };
  carrier: string | null;
  trackingNumber: string | null;
  notes: string | null;
  cancelReason: string | null;
  events: {
    id: string;
    from: BatchStatus | null;
    to: BatchStatus;
    actorType: ActorType;
    actorName: string | null;
    note: string | null;
    at: string;
  }[];
};

/** By code (case-insensitive, as typed in the URL); NOT_FOUND when there is none. */
export async function getAdminBatchOrThrow(input: { code: string }, db: Db = prisma): Promise<TAdminBatch> {
  const b = await db.batch.findUnique({
    where: { code: input.code.toUpperCase() },
    include: {
      origin: { select: { id: true, name: true, code: true } },
      events: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 },
    },
  });
  if (!b) throw new AppError("NOT_FOUND", "No batch with this code.");
  const actorIds = [...new Set(b.events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const [stats, actors] = await Promise.all([
    batchStats([b.id], db),
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
  ]);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    id: b.id,
    code: b.code,
    status: b.status,
    origin: b.origin,
    shippingMethod: b.shippingMethod as ShippingMethod,
    cutoffAt: b.cutoffAt.toISOString(),
    arrivalWindowStart: b.arrivalWindowStart.toISOString(),
    arrivalWindowEnd: b.arrivalWindowEnd.toISOString(),
    minUnits: b.minUnits,
    isBelowMinimum: b.isBelowMinimum,
    carrier: b.carrier,
    trackingNumber: b.trackingNumber,
    notes: b.notes,
    cancelReason: b.cancelReason,
    ...(stats.get(b.id) ?? { unitsSold: 0, unitsHeld: 0, orderCount: 0, vendorCount: 0 }),
    events: b.events.map((e) => ({
      id: e.id,
      from: e.fromStatus,
      to: e.toStatus,
      actorType: e.actorType,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      note: e.note,
      at: e.createdAt.toISOString(),
    })),
  };
}
