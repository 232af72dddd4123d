import { describe, expect, it } from "vitest";
import { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { deliveryCodesMatch, generateDeliveryCode } from "@/lib/deliveries/delivery-code";
import { deliveryReadiness, type TDeliveryReadinessInput } from "@/lib/deliveries/delivery-readiness";
import {
  DELIVERY_EVENTS,
  allowedDeliveryEvents,
  deliveryRefusal,
  nextDeliveryStatus,
  slotWindow,
  type TDeliveryEvent,
} from "@/lib/deliveries/delivery-transitions";

// The state machine of domain.md, written out independently of the implementation:
//   PENDING → SCHEDULED → OUT_FOR_DELIVERY → DELIVERED | FAILED → (SCHEDULED again) | RETURNED
// plus SCHEDULED → SCHEDULED (a reschedule before it leaves) and PENDING / SCHEDULED →
// CANCELLED (only once the order has nothing left to deliver).
const LEGAL: Record<string, DeliveryStatus> = {
  "PENDING+SCHEDULE": "SCHEDULED",
  "SCHEDULED+SCHEDULE": "SCHEDULED",
  "FAILED+SCHEDULE": "SCHEDULED",
  "SCHEDULED+DISPATCH": "OUT_FOR_DELIVERY",
  "OUT_FOR_DELIVERY+DELIVER": "DELIVERED",
  "OUT_FOR_DELIVERY+FAIL": "FAILED",
  "FAILED+RETURN": "RETURNED",
  "PENDING+CANCEL": "CANCELLED",
  "SCHEDULED+CANCEL": "CANCELLED",
};
/** The context in which each legal row may fire (CANCEL: the order's items all ended). */
const MAY = { isCodeLocked: false, hasItemsToDeliver: false };

const STATUSES = Object.values(DeliveryStatus);
const PAIRS = STATUSES.flatMap((status) =>
  DELIVERY_EVENTS.map((event) => [status, event] as [DeliveryStatus, TDeliveryEvent]),
);

describe("delivery transition table", () => {
  it("covers every status × event pair (7 × 6)", () => {
    expect(STATUSES).toHaveLength(7);
    expect(PAIRS).toHaveLength(42);
  });

  it.each(PAIRS)("%s + %s", (status, event) => {
    const expected = LEGAL[`${status}+${event}`] ?? null;
    expect(nextDeliveryStatus(status, event)).toBe(expected);
    // Every illegal pair has a sentence for the operator; no legal one has.
    if (expected) expect(deliveryRefusal(status, event, MAY)).toBeNull();
    else expect(deliveryRefusal(status, event, MAY)).toMatch(/^This delivery .+\.$/);
  });

  it("has exactly the legal transitions of domain.md (and the reschedule)", () => {
    const legal = PAIRS.filter(([s, e]) => nextDeliveryStatus(s, e) !== null).map(([s, e]) => `${s}+${e}`);
    expect(legal.sort()).toEqual(Object.keys(LEGAL).sort());
  });

  it("lists the allowed events per status (what an ops or rider screen offers)", () => {
    expect(allowedDeliveryEvents("PENDING")).toEqual(["SCHEDULE"]);
    expect(allowedDeliveryEvents("SCHEDULED")).toEqual(["SCHEDULE", "DISPATCH"]);
    expect(allowedDeliveryEvents("OUT_FOR_DELIVERY")).toEqual(["DELIVER", "FAIL"]);
    expect(allowedDeliveryEvents("FAILED")).toEqual(["SCHEDULE", "RETURN"]);
    expect(allowedDeliveryEvents("DELIVERED")).toEqual([]);
    expect(allowedDeliveryEvents("RETURNED")).toEqual([]);
    expect(allowedDeliveryEvents("CANCELLED")).toEqual([]);
    // A delivery is cancelled only with its order (never while items are left to deliver).
    expect(allowedDeliveryEvents("PENDING", { hasItemsToDeliver: false })).toEqual(["SCHEDULE", "CANCEL"]);
    expect(deliveryRefusal("SCHEDULED", "CANCEL")).toBe(
      "This delivery cannot be cancelled: its order still has items to deliver.",
    );
    // A delivery locked after wrong codes cannot be marked delivered until an admin resets it.
    expect(allowedDeliveryEvents("OUT_FOR_DELIVERY", { isCodeLocked: true })).toEqual(["FAIL"]);
  });

  it("says why in words an operator understands", () => {
    expect(deliveryRefusal("OUT_FOR_DELIVERY", "DISPATCH")).toBe("This delivery is already out for delivery.");
    expect(deliveryRefusal("DELIVERED", "DELIVER")).toBe("This delivery was already delivered.");
    expect(deliveryRefusal("FAILED", "FAIL")).toBe("This delivery is already marked failed.");
    expect(deliveryRefusal("RETURNED", "RETURN")).toBe("This delivery was already returned.");
    expect(deliveryRefusal("PENDING", "DISPATCH")).toBe(
      "This delivery is not scheduled yet: give it a date, a time slot and a rider first.",
    );
    expect(deliveryRefusal("FAILED", "DISPATCH")).toBe("This delivery failed: schedule it again before it goes out.");
    expect(deliveryRefusal("SCHEDULED", "DELIVER")).toBe(
      "This delivery is scheduled but has not left yet: only a delivery that is out with its rider can be marked delivered.",
    );
    expect(deliveryRefusal("SCHEDULED", "RETURN")).toBe(
      "This delivery is scheduled but has not left yet: only a failed delivery can be returned.",
    );
    expect(deliveryRefusal("DELIVERED", "SCHEDULE")).toBe(
      "This delivery was already delivered: nothing more can happen to it.",
    );
    expect(deliveryRefusal("RETURNED", "SCHEDULE")).toBe(
      "This delivery was returned: it is closed and cannot go out again.",
    );
    expect(deliveryRefusal("CANCELLED", "DISPATCH")).toBe("This delivery was cancelled with its order: it is closed.");
    expect(deliveryRefusal("OUT_FOR_DELIVERY", "CANCEL", MAY)).toBe(
      "This delivery is already out for delivery: only a delivery that has not left can be cancelled.",
    );
    expect(deliveryRefusal("OUT_FOR_DELIVERY", "DELIVER", { isCodeLocked: true })).toBe(
      "This delivery cannot be marked delivered: it is locked after 5 wrong delivery codes: an admin must reset the lock first.",
    );
  });

  it("has terminal states with no way out, and nothing leads back to PENDING", () => {
    for (const terminal of ["DELIVERED", "RETURNED", "CANCELLED"] as const)
      expect(DELIVERY_EVENTS.every((e) => nextDeliveryStatus(terminal, e) === null)).toBe(true);
    expect(PAIRS.some(([s, e]) => nextDeliveryStatus(s, e) === "PENDING")).toBe(false);
  });
});

describe("time slots", () => {
  it("are Accra (= UTC) hours on the chosen day", () => {
    expect(slotWindow("2026-12-24", "MORNING")).toEqual({
      start: new Date("2026-12-24T09:00:00.000Z"),
      end: new Date("2026-12-24T12:00:00.000Z"),
    });
    expect(slotWindow("2026-12-24", "EVENING").end).toEqual(new Date("2026-12-24T18:00:00.000Z"));
  });
});

describe("delivery readiness", () => {
  const arrived = { status: "ARRIVED", availability: "PRE_ORDER", batchId: "b1" } as const;
  const stock = { status: "CONFIRMED", availability: "IN_STOCK", batchId: null } as const;
  const order = (o: Partial<TDeliveryReadinessInput> = {}): TDeliveryReadinessInput => ({
    status: "READY_FOR_DELIVERY",
    balanceDueMinor: 0,
    outstandingMinor: 0,
    lines: [arrived, stock],
    ...o,
  });

  it("is ready when every live line is in Accra and nothing is owed", () => {
    expect(deliveryReadiness(order())).toEqual({ isReady: true });
    expect(deliveryReadiness(order({ status: "PAID", lines: [stock] }))).toEqual({ isReady: true });
    // Ended lines do not hold the rest back.
    expect(
      deliveryReadiness(order({ lines: [arrived, { status: "CANCELLED", availability: "PRE_ORDER", batchId: "b2" }] })),
    ).toEqual({ isReady: true });
  });

  it("waits for lines still away, a balance due or unpaid, and skips closed orders", () => {
    const not = (o: TDeliveryReadinessInput) => deliveryReadiness(o);
    expect(not(order({ lines: [arrived, { status: "SHIPPED", availability: "PRE_ORDER", batchId: "b" }] }))).toEqual({
      isReady: false,
      why: "1 item(s) are not in Accra yet",
    });
    // A paid pre-order line still waiting for its batch is not "in stock".
    expect(not(order({ lines: [{ status: "CONFIRMED", availability: "PRE_ORDER", batchId: "b" }] })).isReady).toBe(
      false,
    );
    expect(not(order({ balanceDueMinor: 5_000 })).isReady).toBe(false);
    // A deposit order whose balance was never set due is still not paid up.
    expect(not(order({ status: "IN_PROGRESS", outstandingMinor: 5_000 }))).toEqual({
      isReady: false,
      why: "the balance is not paid yet",
    });
    expect(not(order({ status: "CANCELLED" })).isReady).toBe(false);
    expect(not(order({ status: "PENDING_PAYMENT" })).isReady).toBe(false);
    expect(not(order({ lines: [{ status: "CANCELLED", availability: "IN_STOCK", batchId: null }] }))).toEqual({
      isReady: false,
      why: "nothing is left to deliver",
    });
    expect(
      not(order({ lines: [{ status: "OUT_FOR_DELIVERY", availability: "IN_STOCK", batchId: null }] })).isReady,
    ).toBe(false);
  });
});

describe("delivery codes", () => {
  it("are six digits from the CSPRNG, leading zeros kept", () => {
    const codes = Array.from({ length: 2000 }, generateDeliveryCode);
    for (const c of codes) expect(c).toMatch(/^[0-9]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.some((c) => c.startsWith("0"))).toBe(true);
  });

  it("compare exactly", () => {
    expect(deliveryCodesMatch("004217", "004217")).toBe(true);
    expect(deliveryCodesMatch("004217", "004218")).toBe(false);
    expect(deliveryCodesMatch("004217", "4217")).toBe(false);
  });
});
