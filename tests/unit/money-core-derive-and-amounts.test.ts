// The pure parts of the money core: order status derivation, plan amounts (deposit splits
// that always add up), the customer cancel rule and the chart of accounts.
import { describe, expect, it } from "vitest";
import type { OrderLineStatus } from "@/lib/generated/prisma/enums";
import { computeOrderAmounts } from "@/lib/checkout/amounts";
import { accountKind, isKnownAccount, naturalBalance, vendorPayable } from "@/lib/ledger/accounts";
import { percentOf } from "@/lib/money";
import { customerCancelRefusal } from "@/lib/orders/cancel-policy";
import { deriveOrderStatus } from "@/lib/orders/derive-order-status";
import { seededRandom } from "../support/seeded-random";

type L = [OrderLineStatus, "IN_STOCK" | "PRE_ORDER"];
const derive = (lines: L[], money: { due?: number; paid?: number; refunded?: number; completed?: boolean } = {}) =>
  deriveOrderStatus({
    lines: lines.map(([status, availability]) => ({ status, availability })),
    balanceDueMinor: money.due ?? 0,
    amountPaidMinor: money.paid ?? 100,
    amountRefundedMinor: money.refunded ?? 0,
    completedAt: money.completed ? new Date() : null,
  });

describe("deriveOrderStatus", () => {
  it.each<[string, L[], Parameters<typeof derive>[1], string]>([
    [
      "unpaid",
      [
        ["RESERVED", "IN_STOCK"],
        ["RESERVED", "PRE_ORDER"],
      ],
      { paid: 0, due: 100 },
      "PENDING_PAYMENT",
    ],
    [
      "expired",
      [
        ["RELEASED", "IN_STOCK"],
        ["RELEASED", "PRE_ORDER"],
      ],
      { paid: 0 },
      "EXPIRED",
    ],
    [
      "paid",
      [
        ["CONFIRMED", "IN_STOCK"],
        ["CONFIRMED", "PRE_ORDER"],
      ],
      {},
      "PAID",
    ],
    [
      "vendor started",
      [
        ["CONFIRMED", "IN_STOCK"],
        ["PROCURED", "PRE_ORDER"],
      ],
      {},
      "IN_PROGRESS",
    ],
    ["shipping", [["SHIPPED", "PRE_ORDER"]], {}, "IN_PROGRESS"],
    [
      "arrived, balance due",
      [
        ["CONFIRMED", "IN_STOCK"],
        ["ARRIVED", "PRE_ORDER"],
      ],
      { due: 500 },
      "IN_PROGRESS",
    ],
    [
      "arrived, nothing due",
      [
        ["CONFIRMED", "IN_STOCK"],
        ["ARRIVED", "PRE_ORDER"],
      ],
      {},
      "READY_FOR_DELIVERY",
    ],
    [
      "out for delivery",
      [
        ["OUT_FOR_DELIVERY", "IN_STOCK"],
        ["ARRIVED", "PRE_ORDER"],
      ],
      {},
      "OUT_FOR_DELIVERY",
    ],
    [
      "delivered",
      [
        ["DELIVERED", "IN_STOCK"],
        ["DELIVERED", "PRE_ORDER"],
      ],
      {},
      "DELIVERED",
    ],
    ["completed", [["DELIVERED", "IN_STOCK"]], { completed: true }, "COMPLETED"],
    [
      "delivered with a returned line",
      [
        ["DELIVERED", "IN_STOCK"],
        ["RETURNED", "IN_STOCK"],
      ],
      { refunded: 40 },
      "PARTIALLY_REFUNDED",
    ],
    [
      "customer cancelled",
      [
        ["CANCELLED", "IN_STOCK"],
        ["CANCELLED", "PRE_ORDER"],
      ],
      {},
      "CANCELLED",
    ],
    ["vendor could not source anything", [["UNAVAILABLE", "PRE_ORDER"]], {}, "REFUNDED"],
    [
      "one line cancelled, the other paid",
      [
        ["CANCELLED", "IN_STOCK"],
        ["CONFIRMED", "PRE_ORDER"],
      ],
      { refunded: 10 },
      "PAID",
    ],
    [
      "everything returned",
      [
        ["RETURNED", "IN_STOCK"],
        ["RETURNED", "IN_STOCK"],
      ],
      { refunded: 100 },
      "REFUNDED",
    ],
  ])("%s", (_name, lines, money, expected) => {
    expect(derive(lines, money)).toBe(expected);
  });

  it("an order without lines is a bug", () => {
    expect(() => derive([])).toThrow();
  });
});

describe("computeOrderAmounts", () => {
  it("FULL: everything now", () => {
    const a = computeOrderAmounts({
      lines: [
        { availability: "IN_STOCK", lineTotalMinor: 10_000 },
        { availability: "PRE_ORDER", lineTotalMinor: 5_001 },
      ],
      deliveryFeeMinor: 2_500,
      plan: "FULL",
      depositBps: 3000,
    });
    expect(a).toMatchObject({
      subtotalMinor: 15_001,
      totalMinor: 17_501,
      dueNowMinor: 17_501,
      dueLaterMinor: 0,
      depositMinor: null,
      linePaidNowMinor: [10_000, 5_001],
    });
  });

  it("DEPOSIT: in-stock + delivery in full, the pre-order deposit rounded half-up on their total", () => {
    const a = computeOrderAmounts({
      lines: [
        { availability: "PRE_ORDER", lineTotalMinor: 3_333 },
        { availability: "IN_STOCK", lineTotalMinor: 1_000 },
        { availability: "PRE_ORDER", lineTotalMinor: 3_334 },
      ],
      deliveryFeeMinor: 700,
      plan: "DEPOSIT",
      depositBps: 3000,
    });
    const preDeposit = percentOf(6_667, 3000); // 2000.1 → 2000
    expect(preDeposit).toBe(2_000);
    expect(a.dueNowMinor).toBe(1_000 + 700 + preDeposit);
    expect(a.depositMinor).toBe(a.dueNowMinor);
    expect(a.dueNowMinor + a.dueLaterMinor).toBe(a.totalMinor);
    expect(a.linePaidNowMinor[1]).toBe(1_000);
    expect(a.linePaidNowMinor[0]! + a.linePaidNowMinor[2]!).toBe(preDeposit);
  });

  it("DEPOSIT needs a pre-order line", () => {
    expect(() =>
      computeOrderAmounts({
        lines: [{ availability: "IN_STOCK", lineTotalMinor: 1 }],
        deliveryFeeMinor: 0,
        plan: "DEPOSIT",
        depositBps: 3000,
      }),
    ).toThrow(RangeError);
  });

  it("the parts always add up (1,000 seeded random carts)", () => {
    const rnd = seededRandom(99);
    for (let i = 0; i < 1000; i++) {
      const lines = Array.from({ length: 1 + rnd.int(6) }, () => ({
        availability: rnd.next() < 0.5 ? ("IN_STOCK" as const) : ("PRE_ORDER" as const),
        lineTotalMinor: rnd.int(1_000_000),
      }));
      if (!lines.some((l) => l.availability === "PRE_ORDER")) lines[0]!.availability = "PRE_ORDER";
      const fee = rnd.int(5_000);
      const a = computeOrderAmounts({ lines, deliveryFeeMinor: fee, plan: "DEPOSIT", depositBps: rnd.int(10_001) });
      expect(a.linePaidNowMinor.reduce((x, y) => x + y, 0) + fee).toBe(a.dueNowMinor);
      expect(a.dueNowMinor + a.dueLaterMinor).toBe(a.totalMinor);
      a.linePaidNowMinor.forEach((p, k) => {
        expect(Number.isInteger(p)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(lines[k]!.lineTotalMinor);
      });
    }
  });
});

describe("customer cancel rule", () => {
  const base = {
    status: "PAID" as const,
    lines: [{ status: "CONFIRMED" as const, availability: "PRE_ORDER" as const, batchStatus: "OPEN" as const }],
  };
  it("paid, untouched lines in an open batch: allowed", () => expect(customerCancelRefusal(base)).toBeNull());
  it("batch closed", () =>
    expect(customerCancelRefusal({ ...base, lines: [{ ...base.lines[0]!, batchStatus: "CLOSED" }] })).toMatch(
      /closed/,
    ));
  it("a line procured", () =>
    expect(
      customerCancelRefusal({ ...base, status: "IN_PROGRESS", lines: [{ ...base.lines[0]!, status: "PROCURED" }] }),
    ).toMatch(/prepared/));
  it("unpaid", () => expect(customerCancelRefusal({ ...base, status: "PENDING_PAYMENT" })).toBeTruthy());
  it("in-stock dispatched", () =>
    expect(
      customerCancelRefusal({
        status: "OUT_FOR_DELIVERY",
        lines: [{ status: "OUT_FOR_DELIVERY", availability: "IN_STOCK", batchStatus: null }],
      }),
    ).toBeTruthy());
});

describe("chart of accounts", () => {
  it("knows its accounts and their normal sides", () => {
    expect(vendorPayable("v1")).toBe("vendor_payable:v1");
    expect(accountKind("vendor_payable:v1")).toBe("vendor_payable");
    expect(accountKind("vendor_payable:")).toBeNull();
    expect(isKnownAccount("cash")).toBe(false);
    expect(naturalBalance("escrow", -500)).toBe(500);
    expect(naturalBalance("paystack_clearing", 500)).toBe(500);
    expect(Object.is(naturalBalance("escrow", 0), 0)).toBe(true);
  });
});
