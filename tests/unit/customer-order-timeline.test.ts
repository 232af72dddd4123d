import { describe, expect, it } from "vitest";
import { buildMilestones, buildStoppedMilestones, describeEvent } from "@/lib/orders/customer-order-timeline";

const t = (m: number) => new Date(Date.UTC(2026, 11, 1, 10, m));

describe("buildMilestones", () => {
  it("leaves out the shipping steps for an in-stock-only order", () => {
    const ms = buildMilestones({
      placedAt: t(0),
      paidAt: t(5),
      lines: [{ id: "a", status: "CONFIRMED", availability: "IN_STOCK" }],
      events: [],
    });
    expect(ms.map((m) => [m.key, m.state])).toEqual([
      ["placed", "done"],
      ["paid", "done"],
      ["out_for_delivery", "upcoming"],
      ["delivered", "upcoming"],
    ]);
    expect(ms[1]!.at).toBe(t(5).toISOString());
  });

  it("marks a step partial until every live pre-order line reached it, timed by the last one", () => {
    const lines = [
      { id: "a", status: "SHIPPED", availability: "PRE_ORDER" },
      { id: "b", status: "PROCURED", availability: "PRE_ORDER" },
      { id: "c", status: "CANCELLED", availability: "PRE_ORDER" }, // ended lines do not count
      { id: "d", status: "CONFIRMED", availability: "IN_STOCK" },
    ] as const;
    const events = [
      { type: "line.procure", orderLineId: "a", toStatus: "PROCURED", createdAt: t(10), note: null, data: null },
      { type: "line.procure", orderLineId: "b", toStatus: "PROCURED", createdAt: t(20), note: null, data: null },
      { type: "line.ship", orderLineId: "a", toStatus: "SHIPPED", createdAt: t(30), note: null, data: null },
    ];
    const ms = buildMilestones({ placedAt: t(0), paidAt: t(1), lines: [...lines], events });
    const by = Object.fromEntries(ms.map((m) => [m.key, m]));
    expect(by.procured).toMatchObject({ state: "done", at: t(20).toISOString(), detail: null });
    expect(by.shipped).toMatchObject({ state: "partial", at: t(30).toISOString(), detail: "1 of 2 items" });
    expect(by.arrived!.state).toBe("upcoming");
    // the in-stock line is ready, but the order is not out for delivery until a line is
    expect(by.out_for_delivery!.state).toBe("upcoming");
  });
});

describe("buildStoppedMilestones", () => {
  it("ends a cancelled order with the cancellation and its refund, done once Paystack processed it", () => {
    const refunds = [{ status: "PENDING", amountMinor: 29_000, processedAt: null }];
    const pending = buildStoppedMilestones({
      status: "CANCELLED",
      placedAt: t(0),
      paidAt: t(1),
      endedAt: t(2),
      refunds,
    });
    expect(pending.map((m) => [m.key, m.state, m.isStop ?? false])).toEqual([
      ["placed", "done", false],
      ["paid", "done", false],
      ["cancelled", "done", true],
      ["refunded", "partial", false],
    ]);
    expect(pending[3]!.label).toBe("Refund of GH₵ 290.00 on its way");
    const done = buildStoppedMilestones({
      status: "CANCELLED",
      placedAt: t(0),
      paidAt: t(1),
      endedAt: t(2),
      refunds: [{ ...refunds[0]!, status: "PROCESSED", processedAt: t(9) }],
    });
    expect(done[3]).toMatchObject({ label: "Refunded GH₵ 290.00", state: "done", at: t(9).toISOString() });
  });

  it("ends an unpaid order with its expiry", () => {
    const ms = buildStoppedMilestones({ status: "EXPIRED", placedAt: t(0), paidAt: null, endedAt: t(60), refunds: [] });
    expect(ms.map((m) => m.key)).toEqual(["placed", "expired"]);
  });
});

describe("describeEvent", () => {
  it("says what happened in plain words and hides internal events", () => {
    expect(
      describeEvent(
        { type: "payment.succeed", toStatus: "SUCCEEDED", data: { kind: "DEPOSIT", amountMinor: 12_345 } },
        null,
      ),
    ).toBe("Deposit received: GH₵ 123.45");
    expect(describeEvent({ type: "line.ship", toStatus: "SHIPPED", data: null }, "Trainers")).toBe(
      "“Trainers” shipped to Ghana",
    );
    expect(describeEvent({ type: "refund.requested", toStatus: "PENDING", data: { amountMinor: 5_000 } }, null)).toBe(
      "Refund of GH₵ 50.00 requested",
    );
    expect(describeEvent({ type: "line.pay", toStatus: "CONFIRMED", data: null }, "Trainers")).toBeNull();
    expect(describeEvent({ type: "payment.created", toStatus: "INITIALIZED", data: null }, null)).toBeNull();
  });
});
