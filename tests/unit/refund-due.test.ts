import { describe, expect, it } from "vitest";
import { refundDue } from "@/lib/orders/refund-due";

const order = (over: Partial<Parameters<typeof refundDue>[0]> = {}) => ({
  lines: [
    { status: "CANCELLED" as const, lineTotalMinor: 20_000 },
    { status: "CONFIRMED" as const, lineTotalMinor: 10_000 },
  ],
  deliveryFeeMinor: 2_000,
  discountMinor: 0,
  amountPaidMinor: 32_000,
  committedRefundsMinor: 0,
  ...over,
});

describe("refundDue", () => {
  it("a fully paid order gets the ended lines back and keeps paying for the rest and its delivery", () => {
    expect(refundDue(order())).toEqual({ owedMinor: 12_000, refundMinor: 20_000, outstandingMinor: 0 });
  });

  it("with nothing left to deliver, everything paid goes back (the delivery fee too)", () => {
    const r = refundDue(order({ lines: [{ status: "CANCELLED", lineTotalMinor: 30_000 }] }));
    expect(r).toEqual({ owedMinor: 0, refundMinor: 32_000, outstandingMinor: 0 });
  });

  it("a deposit that still covers live lines stays on the order; the rest falls due later", () => {
    // 30% deposit of 32,000 paid; one of two lines cancelled: 12,000 still owed, 9,600 paid.
    expect(refundDue(order({ amountPaidMinor: 9_600 }))).toEqual({
      owedMinor: 12_000,
      refundMinor: 0,
      outstandingMinor: 2_400,
    });
  });

  it("counts refunds already on their way, the discount, and never refunds twice", () => {
    expect(refundDue(order({ committedRefundsMinor: 20_000 }))).toMatchObject({ refundMinor: 0 });
    expect(refundDue(order({ discountMinor: 1_000 }))).toMatchObject({ owedMinor: 11_000, refundMinor: 21_000 });
    // A discount larger than what is left never makes the customer owed money.
    expect(refundDue(order({ discountMinor: 50_000 }))).toMatchObject({ owedMinor: 0, refundMinor: 32_000 });
  });

  it("unpaid (RESERVED) and released lines are not owed", () => {
    const r = refundDue(
      order({
        lines: [
          { status: "RESERVED", lineTotalMinor: 5_000 },
          { status: "RELEASED", lineTotalMinor: 5_000 },
          { status: "ARRIVED", lineTotalMinor: 10_000 },
        ],
        amountPaidMinor: 12_000,
      }),
    );
    expect(r).toEqual({ owedMinor: 12_000, refundMinor: 0, outstandingMinor: 0 });
  });
});
