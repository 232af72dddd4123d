import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  DeliveryFailureReason,
  DeliveryMethod,
  DeliveryStatus,
  DeliveryTimeSlot,
} from "@/lib/generated/prisma/enums";
import {
  allowedDeliveryEvents,
  DELIVERY_TIME_SLOTS,
  MAX_DELIVERY_CODE_ATTEMPTS,
  type TDeliveryEvent,
} from "@/lib/deliveries/delivery-transitions";
import { ENDED_LINE_STATUSES, isIn } from "@/lib/orders/statuses";

// The rider's page (/rider): the deliveries assigned to one user — what to carry today, what
// is coming, what they closed today — with what a rider needs at the door (where, who, phone,
// how many items, anything to collect). Never the delivery code: the customer gives it.

export const ZRiderDeliveriesInput = z.object({
  riderId: z.string().min(1),
  /** The clock (tests pass theirs). Days are Accra days (UTC). */
  now: z.date().optional(),
});
export type TRiderDeliveriesInput = z.input<typeof ZRiderDeliveriesInput>;

export type TRiderDelivery = {
  id: string;
  status: DeliveryStatus;
  method: DeliveryMethod;
  orderNumber: string;
  /** Who receives it: the address's recipient (HOME) or the customer. */
  recipientName: string;
  phone: string;
  /** HOME: the address snapshot; PICKUP: the pickup point it goes to. */
  place: {
    title: string | null;
    lines: string[];
    landmark: string | null;
    gpsAddress: string | null;
    mapsUrl: string | null;
    openingHours: string | null;
  };
  /** Units still to hand over (live lines). */
  itemCount: number;
  /** yyyy-mm-dd of the slot (Accra), and its label. */
  scheduledDate: string | null;
  timeSlot: DeliveryTimeSlot | null;
  slotLabel: string | null;
  /** What the rider must collect at the door (0: paid online — dispatch refuses otherwise). */
  amountToCollectMinor: number;
  attempts: number;
  isCodeLocked: boolean;
  codeTriesLeft: number;
  failureReason: DeliveryFailureReason | null;
  failureNote: string | null;
  /** When it was delivered, failed or returned (the "done" list). */
  closedAt: string | null;
  /** What the lifecycle allows now (the card's buttons; RETURN is for ops only). */
  events: TDeliveryEvent[];
};

export type TRiderDeliveryList = {
  /** Today, Accra (yyyy-mm-dd). */
  today: string;
  /** Out with the rider (any day), or scheduled for today or a day that passed. */
  toDo: TRiderDelivery[];
  /** Scheduled for a later day (the next ones). */
  upcoming: TRiderDelivery[];
  /** Delivered, failed or returned today. */
  doneToday: TRiderDelivery[];
};

export const RIDER_UPCOMING_LIMIT = 20;
const DAY = 86_400_000;

const select = {
  id: true,
  status: true,
  method: true,
  address: true,
  scheduledFor: true,
  timeSlot: true,
  attempts: true,
  codeAttempts: true,
  codeLockedAt: true,
  failureReason: true,
  failureNote: true,
  deliveredAt: true,
  failedAt: true,
  returnedAt: true,
  createdAt: true,
  pickupPoint: { select: { name: true, address: true, city: true, phone: true, openingHours: true } },
  order: {
    select: {
      number: true,
      contactPhone: true,
      balanceDueMinor: true,
      customer: { select: { name: true } },
      lines: { select: { status: true, quantity: true } },
    },
  },
} satisfies Prisma.DeliverySelect;
type TRow = Prisma.DeliveryGetPayload<{ select: typeof select }>;

const ORDER_BY: Prisma.DeliveryOrderByWithRelationInput[] = [
  { scheduledFor: "asc" },
  { timeSlot: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
];

/** The deliveries assigned to `riderId`, in the order they are carried (slot, then time). */
export async function listRiderDeliveries(input: TRiderDeliveriesInput, db: Db = prisma): Promise<TRiderDeliveryList> {
  const { riderId, now = new Date() } = ZRiderDeliveriesInput.parse(input);
  const today = now.toISOString().slice(0, 10);
  const start = new Date(`${today}T00:00:00.000Z`);
  const end = new Date(start.getTime() + DAY);
  const todayRange = { gte: start, lt: end };
  const [toDo, upcoming, doneToday] = await Promise.all([
    db.delivery.findMany({
      where: {
        riderId,
        OR: [{ status: "OUT_FOR_DELIVERY" }, { status: "SCHEDULED", scheduledFor: { lt: end } }],
      },
      orderBy: ORDER_BY,
      select,
    }),
    db.delivery.findMany({
      where: { riderId, status: "SCHEDULED", scheduledFor: { gte: end } },
      orderBy: ORDER_BY,
      take: RIDER_UPCOMING_LIMIT,
      select,
    }),
    db.delivery.findMany({
      where: {
        riderId,
        OR: [
          { status: "DELIVERED", deliveredAt: todayRange },
          { status: "FAILED", failedAt: todayRange },
          { status: "RETURNED", returnedAt: todayRange },
        ],
      },
      orderBy: ORDER_BY,
      select,
    }),
  ]);
  return {
    today,
    toDo: toDo.map(toRiderDelivery),
    upcoming: upcoming.map(toRiderDelivery),
    doneToday: doneToday.map(toRiderDelivery),
  };
}

function toRiderDelivery(d: TRow): TRiderDelivery {
  const isCodeLocked = d.codeLockedAt !== null;
  const address = asAddress(d.address);
  const point = d.pickupPoint;
  const place =
    d.method === "PICKUP" && point
      ? {
          title: point.name,
          lines: [point.address, point.city],
          landmark: null,
          gpsAddress: null,
          mapsUrl: mapsUrl([point.name, point.address, point.city]),
          openingHours: point.openingHours,
        }
      : {
          title: null,
          lines: address
            ? [
                address.line1,
                address.line2,
                [address.area, address.city].filter(Boolean).join(", "),
                address.region,
              ].filter((l): l is string => Boolean(l))
            : [],
          landmark: address?.landmark ?? null,
          gpsAddress: address?.gpsAddress ?? null,
          mapsUrl: address
            ? (mapsUrl([address.line1, address.area, address.city, address.region]) ??
              (address.gpsAddress ? mapsUrl([address.gpsAddress]) : null))
            : null,
          openingHours: null,
        };
  const closedAt = d.deliveredAt ?? d.returnedAt ?? d.failedAt;
  return {
    id: d.id,
    status: d.status,
    method: d.method,
    orderNumber: d.order.number,
    recipientName: address?.recipientName || d.order.customer.name,
    phone: address?.phone || d.order.contactPhone,
    place,
    itemCount: d.order.lines.filter((l) => !isIn(ENDED_LINE_STATUSES, l.status)).reduce((n, l) => n + l.quantity, 0),
    scheduledDate: d.scheduledFor ? d.scheduledFor.toISOString().slice(0, 10) : null,
    timeSlot: d.timeSlot,
    slotLabel: d.timeSlot ? DELIVERY_TIME_SLOTS[d.timeSlot].label : null,
    amountToCollectMinor: d.order.balanceDueMinor,
    attempts: d.attempts,
    isCodeLocked,
    codeTriesLeft: Math.max(0, MAX_DELIVERY_CODE_ATTEMPTS - d.codeAttempts),
    failureReason: d.failureReason,
    failureNote: d.failureNote,
    closedAt:
      d.status === "DELIVERED" || d.status === "FAILED" || d.status === "RETURNED"
        ? (closedAt?.toISOString() ?? null)
        : null,
    events: allowedDeliveryEvents(d.status, { isCodeLocked }),
  };
}

type TAddressSnapshot = Partial<
  Record<"recipientName" | "phone" | "line1" | "line2" | "area" | "city" | "region" | "landmark" | "gpsAddress", string>
>;

function asAddress(json: Prisma.JsonValue | null): TAddressSnapshot | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const out: TAddressSnapshot = {};
  for (const [k, v] of Object.entries(json))
    if (typeof v === "string" && v.trim() !== "") out[k as keyof TAddressSnapshot] = v.trim();
  return out;
}

/** A Google Maps search link for the address parts (in Ghana); null when there are none. */
export function mapsUrl(parts: (string | null | undefined)[]): string | null {
  const words = parts.filter((p): p is string => Boolean(p?.trim())).map((p) => p.trim());
  if (words.length === 0) return null;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent([...words, "Ghana"].join(", "))}`;
}
