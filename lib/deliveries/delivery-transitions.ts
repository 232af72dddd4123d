// The delivery state machine of domain.md as data (isomorphic: no database, safe for client
// components that render the allowed actions). Effects live in the use cases
// (<verb>-delivery.ts); this table alone decides which (status, event) pairs are legal, and
// `deliveryRefusal` says in a sentence why any other pair is not.
//
//   PENDING → SCHEDULED → OUT_FOR_DELIVERY → DELIVERED
//       ↑ ↺ (reschedule)        ↓
//       └──── SCHEDULED ←── FAILED → RETURNED
//   PENDING / SCHEDULED → CANCELLED (the order has nothing left to deliver)
import type { DeliveryFailureReason, DeliveryStatus, DeliveryTimeSlot } from "@/lib/generated/prisma/enums";
import { eventsFrom, type TTransition } from "@/lib/lifecycle/transition-table";

export const DELIVERY_EVENTS = ["SCHEDULE", "DISPATCH", "DELIVER", "FAIL", "RETURN", "CANCEL"] as const;
export type TDeliveryEvent = (typeof DELIVERY_EVENTS)[number];

/** Wrong delivery codes after which the delivery is locked until an admin resets it. */
export const MAX_DELIVERY_CODE_ATTEMPTS = 5;

export type TDeliveryGuardContext = {
  /** Locked after MAX_DELIVERY_CODE_ATTEMPTS wrong codes (codeLockedAt set). */
  isCodeLocked: boolean;
  /** The order still has live lines (not cancelled, unavailable, returned). */
  hasItemsToDeliver: boolean;
};

const USUAL: TDeliveryGuardContext = { isCodeLocked: false, hasItemsToDeliver: true };

export const DELIVERY_TRANSITIONS: readonly TTransition<DeliveryStatus, TDeliveryEvent, TDeliveryGuardContext>[] = [
  {
    event: "SCHEDULE",
    // Choice: SCHEDULED → SCHEDULED is a reschedule (new date, slot or rider before it leaves).
    from: ["PENDING", "SCHEDULED", "FAILED"],
    to: "SCHEDULED",
    effects: "date, time slot and rider (a RIDER or an ops admin); tell the customer the slot",
  },
  {
    event: "DISPATCH",
    from: ["SCHEDULED"],
    to: "OUT_FOR_DELIVERY",
    effects: "lines OUT_FOR_DELIVERY (first dispatch), order re-derived; send the customer the delivery code",
  },
  {
    event: "DELIVER",
    from: ["OUT_FOR_DELIVERY"],
    to: "DELIVERED",
    guard: (c) =>
      c.isCodeLocked
        ? `it is locked after ${MAX_DELIVERY_CODE_ATTEMPTS} wrong delivery codes: an admin must reset the lock first`
        : null,
    effects: "needs the customer's code; every live line DELIVERED (deliveredAt starts the holdback), order re-derived",
  },
  {
    event: "FAIL",
    from: ["OUT_FOR_DELIVERY"],
    to: "FAILED",
    effects: "reason recorded; the goods come back to the hub; tell the customer; lines stay out for delivery",
  },
  { event: "RETURN", from: ["FAILED"], to: "RETURNED", effects: "no more attempts; tell the customer" },
  {
    event: "CANCEL",
    // Choice (domain.md is silent): a customer may still cancel a paid in-stock order whose
    // delivery exists; the delivery then closes with it rather than waiting forever.
    from: ["PENDING", "SCHEDULED"],
    to: "CANCELLED",
    guard: (c) => (c.hasItemsToDeliver ? "its order still has items to deliver" : null),
    effects: "run by endOrderLines when an order's last lines end; the order's own message tells the customer",
  },
];

/** The status `event` leads to from `from`, or null when the pair is illegal (guards aside). */
export function nextDeliveryStatus(from: DeliveryStatus, event: TDeliveryEvent): DeliveryStatus | null {
  return DELIVERY_TRANSITIONS.find((t) => t.event === event && t.from.includes(from))?.to ?? null;
}

/** Events that may fire on a delivery in `status` (what an ops or rider screen offers). */
export function allowedDeliveryEvents(
  status: DeliveryStatus,
  ctx: Partial<TDeliveryGuardContext> = {},
): TDeliveryEvent[] {
  return eventsFrom(DELIVERY_TRANSITIONS, status).filter((event) => deliveryRefusal(status, event, ctx) === null);
}

const IS_NOW: Record<DeliveryStatus, string> = {
  PENDING: "is not scheduled yet",
  SCHEDULED: "is scheduled but has not left yet",
  OUT_FOR_DELIVERY: "is already out for delivery",
  DELIVERED: "was already delivered",
  FAILED: "is marked failed",
  RETURNED: "was returned",
  CANCELLED: "was cancelled",
};

const VERB: Record<TDeliveryEvent, string> = {
  SCHEDULE: "be scheduled",
  DISPATCH: "go out",
  DELIVER: "be marked delivered",
  FAIL: "be marked failed",
  RETURN: "be returned",
  CANCEL: "be cancelled",
};

/** The event that leads to a status, and what to say when the delivery is there already. */
const ALREADY: Partial<Record<TDeliveryEvent, { status: DeliveryStatus; sentence: string }>> = {
  DISPATCH: { status: "OUT_FOR_DELIVERY", sentence: "This delivery is already out for delivery." },
  DELIVER: { status: "DELIVERED", sentence: "This delivery was already delivered." },
  FAIL: { status: "FAILED", sentence: "This delivery is already marked failed." },
  RETURN: { status: "RETURNED", sentence: "This delivery was already returned." },
  CANCEL: { status: "CANCELLED", sentence: "This delivery was already cancelled." },
};

/**
 * Why `event` may not happen to a delivery in `from`, as a sentence for the operator or
 * rider, or null when it may.
 */
export function deliveryRefusal(
  from: DeliveryStatus,
  event: TDeliveryEvent,
  ctx: Partial<TDeliveryGuardContext> = {},
): string | null {
  const t = DELIVERY_TRANSITIONS.find((row) => row.event === event && row.from.includes(from));
  if (t) {
    const why = t.guard?.({ ...USUAL, ...ctx }) ?? null;
    return why ? `This delivery cannot ${VERB[event]}: ${why}.` : null;
  }
  const already = ALREADY[event];
  if (already?.status === from) return already.sentence;
  if (from === "DELIVERED") return "This delivery was already delivered: nothing more can happen to it.";
  if (from === "RETURNED") return "This delivery was returned: it is closed and cannot go out again.";
  if (from === "CANCELLED") return "This delivery was cancelled with its order: it is closed.";
  switch (event) {
    case "SCHEDULE":
      return `This delivery ${IS_NOW[from]}: it can only be rescheduled before it leaves or after it failed.`;
    case "DISPATCH":
      return from === "FAILED"
        ? "This delivery failed: schedule it again before it goes out."
        : "This delivery is not scheduled yet: give it a date, a time slot and a rider first.";
    case "DELIVER":
      return from === "FAILED"
        ? "This delivery attempt failed: schedule it again and send it out before marking it delivered."
        : `This delivery ${IS_NOW[from]}: only a delivery that is out with its rider can be marked delivered.`;
    case "FAIL":
      return `This delivery ${IS_NOW[from]}: only a delivery that is out with its rider can fail.`;
    case "RETURN":
      return `This delivery ${IS_NOW[from]}: only a failed delivery can be returned.`;
    case "CANCEL":
      return `This delivery ${IS_NOW[from]}: only a delivery that has not left can be cancelled.`;
  }
}

// ── Time slots (Accra is UTC+0 all year, so a slot's hours are UTC hours) ──

export const DELIVERY_TIME_SLOTS: Record<DeliveryTimeSlot, { label: string; startHour: number; endHour: number }> = {
  MORNING: { label: "Morning (9:00–12:00)", startHour: 9, endHour: 12 },
  AFTERNOON: { label: "Afternoon (12:00–15:00)", startHour: 12, endHour: 15 },
  EVENING: { label: "Evening (15:00–18:00)", startHour: 15, endHour: 18 },
};

/** Start and end of `slot` on `date` (YYYY-MM-DD, Accra). */
export function slotWindow(date: string, slot: DeliveryTimeSlot): { start: Date; end: Date } {
  const { startHour, endHour } = DELIVERY_TIME_SLOTS[slot];
  const day = new Date(`${date}T00:00:00.000Z`).getTime();
  return { start: new Date(day + startHour * 3_600_000), end: new Date(day + endHour * 3_600_000) };
}

export const DELIVERY_FAILURE_REASONS: Record<DeliveryFailureReason, string> = {
  NOT_HOME: "Nobody was there to receive it",
  REFUSED: "The customer refused it",
  WRONG_ADDRESS: "The address was wrong or could not be found",
  OTHER: "Another reason",
};
