import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  type DeliveryFailureReason,
  DeliveryMethod,
  DeliveryStatus,
  type DeliveryTimeSlot,
} from "@/lib/generated/prisma/enums";
import { allowedDeliveryEvents, DELIVERY_TIME_SLOTS, type TDeliveryEvent } from "@/lib/deliveries/delivery-transitions";

// The operations list of deliveries (/admin/deliveries): filters, counts per status, and per
// row what an operator decides on — when, who carries it, where it goes, and what went wrong.

export const ZAdminDeliveryFilters = z.object({
  status: z.enum(DeliveryStatus).optional(),
  zoneId: z.string().min(1).max(40).optional(),
  pickupPointId: z.string().min(1).max(40).optional(),
  method: z.enum(DeliveryMethod).optional(),
  riderId: z.string().min(1).max(40).optional(),
  /** The scheduled day (yyyy-mm-dd, Accra = UTC). */
  date: z.iso.date("Enter a day as yyyy-mm-dd").optional(),
  /** The day of the last failed attempt (yyyy-mm-dd, Accra = UTC): "failed today". */
  failedOn: z.iso.date("Enter a day as yyyy-mm-dd").optional(),
  /** Part of the order number, the customer's name or the contact phone. */
  q: z.string().trim().max(80).optional(),
  /** The last row's id of the previous page. */
  cursor: z.string().max(40).optional(),
});
export type TAdminDeliveryFilters = z.input<typeof ZAdminDeliveryFilters>;

export type TAdminDeliveryRow = {
  id: string;
  status: DeliveryStatus;
  method: DeliveryMethod;
  orderNumber: string;
  customer: { name: string; phone: string };
  /** The zone's name (HOME) or the pickup point's name (PICKUP). */
  zoneName: string | null;
  pickupPointName: string | null;
  /** "Area, City" from the address snapshot (HOME). */
  addressSummary: string | null;
  /** yyyy-mm-dd of the slot, and its label. */
  scheduledDate: string | null;
  timeSlot: DeliveryTimeSlot | null;
  slotLabel: string | null;
  rider: { id: string; name: string } | null;
  failureReason: DeliveryFailureReason | null;
  failureNote: string | null;
  isCodeLocked: boolean;
  /** What the lifecycle allows now (the row's buttons). */
  events: TDeliveryEvent[];
  createdAt: string;
};

export type TAdminDeliveryList = {
  rows: TAdminDeliveryRow[];
  nextCursor: string | null;
  /** Per status, under the same filters except status (the tabs). */
  statusCounts: Record<DeliveryStatus, number>;
  zones: { id: string; name: string }[];
  /** The search matched more deliveries than it lists (ADMIN_DELIVERY_SEARCH_LIMIT, the newest kept): narrow it. */
  searchTruncated: boolean;
};

export const ADMIN_DELIVERIES_PAGE_SIZE = 50;
const DAY = 86_400_000;

/** Newest first; keyset pagination on (createdAt, id). */
export async function listAdminDeliveries(input: TAdminDeliveryFilters, db: Db = prisma): Promise<TAdminDeliveryList> {
  const f = ZAdminDeliveryFilters.parse(input);
  const day = f.date ? new Date(`${f.date}T00:00:00.000Z`) : null;
  const failedDay = f.failedOn ? new Date(`${f.failedOn}T00:00:00.000Z`) : null;
  const search = f.q ? await searchDeliveries(f.q, db) : null;
  const base: Prisma.DeliveryWhereInput = {
    ...(f.zoneId ? { zoneId: f.zoneId } : {}),
    ...(f.pickupPointId ? { pickupPointId: f.pickupPointId } : {}),
    ...(f.method ? { method: f.method } : {}),
    ...(f.riderId ? { riderId: f.riderId } : {}),
    ...(day ? { scheduledFor: { gte: day, lt: new Date(day.getTime() + DAY) } } : {}),
    ...(failedDay ? { failedAt: { gte: failedDay, lt: new Date(failedDay.getTime() + DAY) } } : {}),
    ...(search ? { id: { in: search.ids } } : {}),
  };
  const after = f.cursor
    ? await db.delivery.findUnique({ where: { id: f.cursor }, select: { id: true, createdAt: true } })
    : null;
  const where: Prisma.DeliveryWhereInput = {
    ...base,
    ...(f.status ? { status: f.status } : {}),
    ...(after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {}),
  };
  const [deliveries, counts, zones] = await Promise.all([
    db.delivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ADMIN_DELIVERIES_PAGE_SIZE + 1,
      omit: { deliveryCode: true },
      include: {
        order: { select: { number: true, contactPhone: true, customer: { select: { name: true } } } },
        zone: { select: { name: true } },
        pickupPoint: { select: { name: true } },
        rider: { select: { id: true, name: true } },
      },
    }),
    db.delivery.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.deliveryZone.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  const page = deliveries.slice(0, ADMIN_DELIVERIES_PAGE_SIZE);
  const statusCounts = Object.fromEntries(Object.values(DeliveryStatus).map((s) => [s, 0])) as Record<
    DeliveryStatus,
    number
  >;
  for (const c of counts) statusCounts[c.status] = c._count._all;
  return {
    rows: page.map((d) => {
      const isCodeLocked = d.codeLockedAt !== null;
      return {
        id: d.id,
        status: d.status,
        method: d.method,
        orderNumber: d.order.number,
        customer: { name: d.order.customer.name, phone: d.order.contactPhone },
        zoneName: d.zone?.name ?? null,
        pickupPointName: d.pickupPoint?.name ?? null,
        addressSummary: addressSummary(d.address),
        scheduledDate: d.scheduledFor ? d.scheduledFor.toISOString().slice(0, 10) : null,
        timeSlot: d.timeSlot,
        slotLabel: d.timeSlot ? DELIVERY_TIME_SLOTS[d.timeSlot].label : null,
        rider: d.rider,
        failureReason: d.failureReason,
        failureNote: d.failureNote,
        isCodeLocked,
        events: allowedDeliveryEvents(d.status, { isCodeLocked }),
        createdAt: d.createdAt.toISOString(),
      };
    }),
    nextCursor: deliveries.length > ADMIN_DELIVERIES_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
    statusCounts,
    zones,
    searchTruncated: search?.truncated ?? false,
  };
}

/** `%text%` for (I)LIKE, with the pattern characters of the text taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** More matches than this and the search is cut short (as the orders list's is). */
export const ADMIN_DELIVERY_SEARCH_LIMIT = 2_000;

/**
 * The newest ADMIN_DELIVERY_SEARCH_LIMIT deliveries whose order number, contact phone or
 * customer name contains the search: one UNION of trigram-indexed lookups (the same test as a
 * Prisma OR across the order and its customer made PostgreSQL check every order in turn,
 * ~0.5 s at 100,000 orders).
 */
async function searchDeliveries(q: string, db: Db): Promise<{ ids: string[]; truncated: boolean }> {
  const pattern = containsPattern(q);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Delivery" d WHERE d."orderId" IN (
      SELECT id FROM "Order" WHERE "number" ILIKE ${pattern} OR "contactPhone" LIKE ${pattern}
      UNION
      SELECT o.id FROM "User" u JOIN "Order" o ON o."customerId" = u.id WHERE u."name" ILIKE ${pattern})
    ORDER BY d."createdAt" DESC, d.id DESC
    LIMIT ${ADMIN_DELIVERY_SEARCH_LIMIT + 1}`;
  return {
    ids: rows.slice(0, ADMIN_DELIVERY_SEARCH_LIMIT).map((r) => r.id),
    truncated: rows.length > ADMIN_DELIVERY_SEARCH_LIMIT,
  };
}

/** "Area, City" from a HOME delivery's address snapshot; null when there is none. */
function addressSummary(address: Prisma.JsonValue | null): string | null {
  if (!address || typeof address !== "object" || Array.isArray(address)) return null;
  const parts = [address.area, address.city].filter((p): p is string => typeof p === "string" && p.trim() !== "");
  return parts.length ? parts.join(", ") : null;
}
