// Every transition table of the money core: each legal row moves to its state, every other
// (state, event) pair is INVALID_STATE, and the guards refuse what they should.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { OrderLineStatus, OrderStatus, PaymentStatus, RefundStatus } from "@/lib/generated/prisma/enums";
import { LINE_EVENTS, LINE_TRANSITIONS, type TLineGuardContext } from "@/lib/orders/line-lifecycle";
import { ORDER_TRANSITIONS, orderEventFor } from "@/lib/orders/order-lifecycle";
import { eventsFrom, findTransition, planTransition, type TTransition } from "@/lib/lifecycle/transition-table";
import { PAYMENT_TRANSITIONS, type TPaymentEvent } from "@/lib/payments/payment-lifecycle";
import { REFUND_TRANSITIONS, type TRefundEvent } from "@/lib/refunds/refund-lifecycle";

const LINE_STATUSES: OrderLineStatus[] = [
  "RESERVED",
  "CONFIRMED",
  "PROCURED",
  "SHIPPED",
  "ARRIVED",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
  "RELEASED",
  "UNAVAILABLE",
  "CANCELLED",
  "RETURNED",
];
const ORDER_STATUSES: OrderStatus[] = [
  "PENDING_PAYMENT",
  "PAID",
  "IN_PROGRESS",
  "READY_FOR_DELIVERY",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
  "COMPLETED",
  "EXPIRED",
  "CANCELLED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
];
const PAYMENT_STATUSES: PaymentStatus[] = [
  "INITIALIZED",
  "PENDING",
  "SUCCEEDED",
  "FAILED",
  "ABANDONED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
];
const PAYMENT_EVENTS: TPaymentEvent[] = ["START", "SUCCEED", "FAIL", "ABANDON", "PARTIAL_REFUND", "REFUND"];
const REFUND_STATUSES: RefundStatus[] = ["PENDING", "PROCESSING", "PROCESSED", "FAILED"];
const REFUND_EVENTS: TRefundEvent[] = ["MARK_PROCESSING", "PROCESS", "FAIL", "RETRY"];

function invalidState(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("INVALID_STATE");
    return;
  }
  throw new Error("expected INVALID_STATE");
}

/** Every (state, event) pair: legal per the table, or refused. */
function exhaustive<S extends string, E extends string, C>(
  table: readonly TTransition<S, E, C>[],
  states: readonly S[],
  events: readonly E[],
) {
  const legal: [S, E, S][] = [];
  const illegal: [S, E][] = [];
  for (const s of states)
    for (const e of events) {
      const t = table.find((row) => row.event === e && row.from.includes(s));
      if (t) legal.push([s, e, t.to]);
      else illegal.push([s, e]);
    }
  return { legal, illegal };
}

describe("order line lifecycle", () => {
  const ok: TLineGuardContext = {
    availability: "PRE_ORDER",
    reservation: { status: "ACTIVE", batchId: "b1" },
    batchId: "b1",
    balanceDueMinor: 0,
  };
  const { legal, illegal } = exhaustive(LINE_TRANSITIONS, LINE_STATUSES, LINE_EVENTS);

  it("has exactly the moves of domain.md", () => {
    expect(legal.map(([s, e, to]) => `${s} -${e}-> ${to}`).sort()).toEqual(
      [
        "RESERVED -PAY-> CONFIRMED",
        "RESERVED -RELEASE-> RELEASED",
        "CONFIRMED -PROCURE-> PROCURED",
        "PROCURED -SHIP-> SHIPPED",
        "SHIPPED -ARRIVE-> ARRIVED",
        "ARRIVED -DISPATCH-> OUT_FOR_DELIVERY",
        "CONFIRMED -DISPATCH-> OUT_FOR_DELIVERY",
        "OUT_FOR_DELIVERY -DELIVER-> DELIVERED",
        "OUT_FOR_DELIVERY -BACK_TO_HUB-> ARRIVED",
        "CONFIRMED -MARK_UNAVAILABLE-> UNAVAILABLE",
        "CONFIRMED -CANCEL-> CANCELLED",
        "PROCURED -CANCEL-> CANCELLED",
        "DELIVERED -RETURN-> RETURNED",
      ].sort(),
    );
  });

  it.each(illegal)("%s + %s is INVALID_STATE", (s, e) =>
    invalidState(() => planTransition(LINE_TRANSITIONS, "line", s, e, ok)),
  );

  it("terminal states allow nothing", () => {
    for (const s of ["RELEASED", "UNAVAILABLE", "CANCELLED", "RETURNED"] as const)
      expect(eventsFrom(LINE_TRANSITIONS, s)).toEqual([]);
  });

  it("guards: PAY needs an active hold and (pre-order) a batch matching it", () => {
    expect(planTransition(LINE_TRANSITIONS, "line", "RESERVED", "PAY", ok).to).toBe("CONFIRMED");
    invalidState(() =>
      planTransition(LINE_TRANSITIONS, "line", "RESERVED", "PAY", {
        ...ok,
        reservation: { status: "EXPIRED", batchId: "b1" },
      }),
    );
    invalidState(() => planTransition(LINE_TRANSITIONS, "line", "RESERVED", "PAY", { ...ok, reservation: null }));
    invalidState(() => planTransition(LINE_TRANSITIONS, "line", "RESERVED", "PAY", { ...ok, batchId: null }));
    invalidState(() => planTransition(LINE_TRANSITIONS, "line", "RESERVED", "PAY", { ...ok, batchId: "b2" }));
    const inStock = {
      ...ok,
      availability: "IN_STOCK" as const,
      reservation: { status: "ACTIVE" as const, batchId: null },
      batchId: null,
    };
    expect(planTransition(LINE_TRANSITIONS, "line", "RESERVED", "PAY", inStock).to).toBe("CONFIRMED");
  });

  it("guards: in-stock lines skip the shipment steps; dispatch waits for the balance", () => {
    const inStock = { ...ok, availability: "IN_STOCK" as const };
    invalidState(() => planTransition(LINE_TRANSITIONS, "line", "CONFIRMED", "PROCURE", inStock));
    expect(planTransition(LINE_TRANSITIONS, "line", "CONFIRMED", "DISPATCH", inStock).to).toBe("OUT_FOR_DELIVERY");
    invalidState(() => planTransition(LINE_TRANSITIONS, "line", "CONFIRMED", "DISPATCH", ok)); // pre-order not arrived
    invalidState(() => planTransition(LINE_TRANSITIONS, "line", "ARRIVED", "DISPATCH", { ...ok, balanceDueMinor: 1 }));
    expect(planTransition(LINE_TRANSITIONS, "line", "ARRIVED", "DISPATCH", ok).to).toBe("OUT_FOR_DELIVERY");
  });
});

describe("order lifecycle (status moves the derivation may make)", () => {
  it("allows the domain.md moves", () => {
    expect(orderEventFor("PENDING_PAYMENT", "PAID")).toBe("PAY");
    expect(orderEventFor("PENDING_PAYMENT", "EXPIRED")).toBe("EXPIRE");
    expect(orderEventFor("PAID", "IN_PROGRESS")).toBe("START");
    expect(orderEventFor("IN_PROGRESS", "READY_FOR_DELIVERY")).toBe("READY");
    expect(orderEventFor("OUT_FOR_DELIVERY", "READY_FOR_DELIVERY")).toBe("READY"); // a returned delivery
    expect(orderEventFor("READY_FOR_DELIVERY", "OUT_FOR_DELIVERY")).toBe("DISPATCH");
    expect(orderEventFor("OUT_FOR_DELIVERY", "DELIVERED")).toBe("DELIVER");
    expect(orderEventFor("DELIVERED", "COMPLETED")).toBe("COMPLETE");
    expect(orderEventFor("PAID", "CANCELLED")).toBe("CANCEL");
    expect(orderEventFor("IN_PROGRESS", "CANCELLED")).toBe("CANCEL");
    for (const from of [
      "PAID",
      "IN_PROGRESS",
      "READY_FOR_DELIVERY",
      "OUT_FOR_DELIVERY",
      "DELIVERED",
      "PARTIALLY_REFUNDED",
    ] as const)
      expect(orderEventFor(from, "REFUNDED")).toBe("REFUND");
    expect(orderEventFor("DELIVERED", "PARTIALLY_REFUNDED")).toBe("PARTIAL_REFUND");
  });

  it("refuses everything else", () => {
    const legal = new Set(ORDER_TRANSITIONS.flatMap((t) => t.from.map((f) => `${f}>${t.to}`)));
    for (const from of ORDER_STATUSES)
      for (const to of ORDER_STATUSES) {
        if (from === to) continue;
        expect(orderEventFor(from, to) !== null).toBe(legal.has(`${from}>${to}`));
      }
    expect(orderEventFor("EXPIRED", "PAID")).toBeNull();
    expect(orderEventFor("CANCELLED", "PAID")).toBeNull();
    expect(orderEventFor("PENDING_PAYMENT", "CANCELLED")).toBeNull();
    expect(orderEventFor("READY_FOR_DELIVERY", "CANCELLED")).toBeNull();
    expect(orderEventFor("COMPLETED", "IN_PROGRESS")).toBeNull();
    for (const to of ORDER_STATUSES) expect(orderEventFor("EXPIRED", to)).toBeNull();
  });
});

describe("payment lifecycle", () => {
  const ctx = { amountMinor: 1000, amountRefundedMinor: 0, needsReview: false };
  const { legal, illegal } = exhaustive(PAYMENT_TRANSITIONS, PAYMENT_STATUSES, PAYMENT_EVENTS);

  it("has the moves of domain.md plus late success", () => {
    expect(legal.map(([s, e, to]) => `${s} -${e}-> ${to}`).sort()).toEqual(
      [
        "INITIALIZED -START-> PENDING",
        "INITIALIZED -SUCCEED-> SUCCEEDED",
        "PENDING -SUCCEED-> SUCCEEDED",
        "FAILED -SUCCEED-> SUCCEEDED",
        "ABANDONED -SUCCEED-> SUCCEEDED",
        "INITIALIZED -FAIL-> FAILED",
        "PENDING -FAIL-> FAILED",
        "INITIALIZED -ABANDON-> ABANDONED",
        "PENDING -ABANDON-> ABANDONED",
        "SUCCEEDED -PARTIAL_REFUND-> PARTIALLY_REFUNDED",
        "PARTIALLY_REFUNDED -PARTIAL_REFUND-> PARTIALLY_REFUNDED",
        "SUCCEEDED -REFUND-> REFUNDED",
        "PARTIALLY_REFUNDED -REFUND-> REFUNDED",
      ].sort(),
    );
  });

  it.each(illegal)("%s + %s is INVALID_STATE", (s, e) =>
    invalidState(() => findTransition(PAYMENT_TRANSITIONS, "payment", s, e)),
  );

  it("guards: never succeed under review; refunds are partial or full by amount", () => {
    invalidState(() =>
      planTransition(PAYMENT_TRANSITIONS, "payment", "PENDING", "SUCCEED", { ...ctx, needsReview: true }),
    );
    expect(
      planTransition(PAYMENT_TRANSITIONS, "payment", "SUCCEEDED", "PARTIAL_REFUND", {
        ...ctx,
        amountRefundedMinor: 400,
      }).to,
    ).toBe("PARTIALLY_REFUNDED");
    invalidState(() =>
      planTransition(PAYMENT_TRANSITIONS, "payment", "SUCCEEDED", "PARTIAL_REFUND", {
        ...ctx,
        amountRefundedMinor: 1000,
      }),
    );
    expect(
      planTransition(PAYMENT_TRANSITIONS, "payment", "PARTIALLY_REFUNDED", "REFUND", {
        ...ctx,
        amountRefundedMinor: 1000,
      }).to,
    ).toBe("REFUNDED");
    invalidState(() =>
      planTransition(PAYMENT_TRANSITIONS, "payment", "SUCCEEDED", "REFUND", { ...ctx, amountRefundedMinor: 999 }),
    );
  });
});

describe("refund lifecycle", () => {
  const { legal, illegal } = exhaustive(REFUND_TRANSITIONS, REFUND_STATUSES, REFUND_EVENTS);
  it("PENDING → PROCESSING → PROCESSED | FAILED, FAILED may be retried", () => {
    expect(legal.map(([s, e, to]) => `${s} -${e}-> ${to}`).sort()).toEqual(
      [
        "PENDING -MARK_PROCESSING-> PROCESSING",
        "PENDING -PROCESS-> PROCESSED",
        "PROCESSING -PROCESS-> PROCESSED",
        "PENDING -FAIL-> FAILED",
        "PROCESSING -FAIL-> FAILED",
        "FAILED -RETRY-> PENDING",
      ].sort(),
    );
  });
  it.each(illegal)("%s + %s is INVALID_STATE", (s, e) =>
    invalidState(() => findTransition(REFUND_TRANSITIONS, "refund", s, e)),
  );
});
