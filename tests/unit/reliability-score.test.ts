import { describe, expect, it } from "vitest";
import {
  computeReliabilityScore,
  MIN_SCORED_WEIGHT,
  RELIABILITY_MIN_SAMPLES,
  RELIABILITY_WEIGHTS,
  type TReliabilityFacts,
} from "@/lib/vendors/reliability/compute-reliability-score";
import { parseReliabilityComponents, reliabilityBand } from "@/lib/vendors/reliability/types";

const computedAt = new Date("2026-12-04T02:30:00.000Z");

const NONE: TReliabilityFacts = {
  shippedBatchLines: 0,
  procuredBeforeShip: 0,
  confirmedLines: 0,
  unavailableLines: 0,
  vendorCancelledLines: 0,
  excusedCancellations: 0,
  deliveredLines: 0,
  refundedOrReturnedLines: 0,
  reviewCount: 0,
  ratingSum: 0,
};

const PERFECT: TReliabilityFacts = {
  ...NONE,
  shippedBatchLines: 20,
  procuredBeforeShip: 20,
  confirmedLines: 20,
  deliveredLines: 20,
  reviewCount: 10,
  ratingSum: 50,
};

function score(facts: Partial<TReliabilityFacts>) {
  return computeReliabilityScore({ ...NONE, ...facts }, { computedAt });
}
function part(facts: Partial<TReliabilityFacts>, key: string) {
  return score(facts).components.components.find((c) => c.key === key)!;
}

describe("computeReliabilityScore", () => {
  it("weights sum to 100 and every component is reported in a stable order", () => {
    expect(Object.values(RELIABILITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const r = score(PERFECT);
    expect(r.components.components.map((c) => c.key)).toEqual([
      "procuredOnTime",
      "fulfilled",
      "refundsReturns",
      "reviews",
    ]);
    expect(r.components.components.map((c) => c.weight)).toEqual([35, 30, 20, 15]);
    expect(r.score).toBe(100);
    expect(r.components).toMatchObject({ version: 1, windowDays: 90, computedAt: computedAt.toISOString() });
  });

  it("no history at all: every component and the overall are null, with reasons", () => {
    const r = score({});
    expect(r.score).toBeNull();
    for (const c of r.components.components) {
      expect(c.score).toBeNull();
      expect(c.sampleSize).toBe(0);
      expect(c.reasons.length).toBeGreaterThan(0);
    }
    expect(part({}, "fulfilled").reasons).toEqual(["No paid lines in the last 90 days"]);
  });

  it("procured on time: share of shipped-batch lines procured before the ship date", () => {
    const c = part({ shippedBatchLines: 14, procuredBeforeShip: 12 }, "procuredOnTime");
    expect(c.score).toBe(86); // 85.71
    expect(c.sampleSize).toBe(14);
    expect(c.reasons).toEqual(["12 of 14 lines procured before their batch shipped", "2 lines not procured in time"]);
  });

  it("fulfilled: unavailable and vendor cancellations count against, excused cancellations are only mentioned", () => {
    const c = part(
      { confirmedLines: 40, unavailableLines: 3, vendorCancelledLines: 1, excusedCancellations: 2 },
      "fulfilled",
    );
    expect(c.score).toBe(90); // 36 / 40
    expect(c.reasons).toEqual([
      "36 of 40 paid lines in the last 90 days not ended by you",
      "3 lines marked unavailable in the last 90 days",
      "1 line cancelled by you in the last 90 days",
      "2 cancellations by customers or the platform not counted",
    ]);
  });

  it("refunds and returns: share of delivered lines kept", () => {
    const c = part({ deliveredLines: 20, refundedOrReturnedLines: 3 }, "refundsReturns");
    expect(c.score).toBe(85);
    expect(c.reasons).toEqual(["3 of 20 delivered lines refunded or returned"]);
  });

  it("reviews: 1 star is 0, 5 stars is 100, linear between", () => {
    expect(part({ reviewCount: 4, ratingSum: 4 }, "reviews").score).toBe(0);
    expect(part({ reviewCount: 4, ratingSum: 20 }, "reviews").score).toBe(100);
    expect(part({ reviewCount: 4, ratingSum: 12 }, "reviews").score).toBe(50); // average 3
    const c = part({ reviewCount: 12, ratingSum: 55 }, "reviews"); // 4.58 → 89.58
    expect(c.score).toBe(90);
    expect(c.reasons).toEqual(["Average rating 4.6 of 5 from 12 reviews"]);
  });

  it("minimum samples: one fact short is null, exactly the minimum scores", () => {
    const min = RELIABILITY_MIN_SAMPLES;
    expect(
      part({ shippedBatchLines: min.procuredOnTime - 1, procuredBeforeShip: 0 }, "procuredOnTime").score,
    ).toBeNull();
    expect(part({ shippedBatchLines: min.procuredOnTime, procuredBeforeShip: 0 }, "procuredOnTime").score).toBe(0);
    expect(part({ confirmedLines: min.fulfilled - 1 }, "fulfilled").score).toBeNull();
    expect(part({ confirmedLines: min.fulfilled }, "fulfilled").score).toBe(100);
    expect(part({ deliveredLines: min.refundsReturns - 1 }, "refundsReturns").score).toBeNull();
    expect(part({ deliveredLines: min.refundsReturns }, "refundsReturns").score).toBe(100);
    expect(part({ reviewCount: min.reviews - 1, ratingSum: 5 * (min.reviews - 1) }, "reviews").score).toBeNull();
    expect(part({ reviewCount: min.reviews, ratingSum: 5 * min.reviews }, "reviews").score).toBe(100);
    const short = part({ confirmedLines: 2 }, "fulfilled");
    expect(short).toMatchObject({ score: null, sampleSize: 2, minSample: min.fulfilled });
  });

  it("overall: weighted mean of the scored components only, rescaled", () => {
    // procured 50 (w35), fulfilled 100 (w30), nothing else: (35×0.5 + 30×1) / 65 = 73.08
    expect(score({ shippedBatchLines: 10, procuredBeforeShip: 5, confirmedLines: 10 }).score).toBe(73);
    // all four: 35×0.5 + 30×1 + 20×0.8 + 15×0.5 = 71
    expect(
      score({
        shippedBatchLines: 10,
        procuredBeforeShip: 5,
        confirmedLines: 10,
        deliveredLines: 10,
        refundedOrReturnedLines: 2,
        reviewCount: 5,
        ratingSum: 15,
      }).score,
    ).toBe(71);
  });

  it("overall is null below the minimum scored weight (reviews alone say too little)", () => {
    expect(RELIABILITY_WEIGHTS.reviews).toBeLessThan(MIN_SCORED_WEIGHT);
    expect(score({ reviewCount: 10, ratingSum: 50 }).score).toBeNull();
    expect(RELIABILITY_WEIGHTS.refundsReturns).toBeLessThan(MIN_SCORED_WEIGHT);
    expect(score({ deliveredLines: 10 }).score).toBeNull();
    // fulfilled alone carries enough weight
    expect(RELIABILITY_WEIGHTS.fulfilled).toBeGreaterThanOrEqual(MIN_SCORED_WEIGHT);
    expect(score({ confirmedLines: 10, unavailableLines: 1 }).score).toBe(90);
  });

  it("rounds half up, for components and the overall", () => {
    expect(part({ confirmedLines: 200, unavailableLines: 31 }, "fulfilled").score).toBe(85); // 84.5
    expect(part({ confirmedLines: 200, unavailableLines: 32 }, "fulfilled").score).toBe(84); // 84.0
    expect(part({ confirmedLines: 8, unavailableLines: 1 }, "fulfilled").score).toBe(88); // 87.5
    // the overall from one component: 169 / 200 = 84.5 → 85
    expect(score({ shippedBatchLines: 200, procuredBeforeShip: 169 }).score).toBe(85);
    // procured 0.9 (w35) + fulfilled 0.8 (w30): 55.5 / 65 = 85.38 → 85; 0.7 / 0.8: 48.5 / 65 = 74.6 → 75
    expect(score({ shippedBatchLines: 10, procuredBeforeShip: 9, confirmedLines: 10, unavailableLines: 2 }).score).toBe(
      85,
    );
    expect(score({ shippedBatchLines: 10, procuredBeforeShip: 7, confirmedLines: 10, unavailableLines: 2 }).score).toBe(
      75,
    );
  });

  it("never leaves 0–100, whatever the facts (numerators above their totals are capped)", () => {
    const worst = score({
      shippedBatchLines: 10,
      procuredBeforeShip: 0,
      confirmedLines: 10,
      unavailableLines: 10,
      vendorCancelledLines: 10,
      deliveredLines: 10,
      refundedOrReturnedLines: 10,
      reviewCount: 10,
      ratingSum: 10,
    });
    expect(worst.score).toBe(0);
    const inflated = score({
      shippedBatchLines: 5,
      procuredBeforeShip: 50,
      confirmedLines: 5,
      deliveredLines: 5,
      refundedOrReturnedLines: 0,
      reviewCount: 5,
      ratingSum: 500,
    });
    expect(inflated.score).toBe(100);
    for (const c of inflated.components.components) expect(c.score).toBeLessThanOrEqual(100);
    // a rating sum below one star per review cannot push the reviews below 0
    expect(part({ reviewCount: 5, ratingSum: 0 }, "reviews").score).toBe(0);
    for (let i = 0; i < 500; i++) {
      const n = (k: number) => Math.floor(Math.random() * k);
      const r = score({
        shippedBatchLines: n(30),
        procuredBeforeShip: n(40),
        confirmedLines: n(30),
        unavailableLines: n(20),
        vendorCancelledLines: n(20),
        excusedCancellations: n(5),
        deliveredLines: n(30),
        refundedOrReturnedLines: n(40),
        reviewCount: n(10),
        ratingSum: n(60),
      });
      if (r.score != null) {
        expect(Number.isInteger(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
      }
      expect(parseReliabilityComponents(JSON.parse(JSON.stringify(r.components)))).not.toBeNull();
    }
  });

  it("refuses facts that are not counts", () => {
    expect(() => score({ confirmedLines: -1 })).toThrow(RangeError);
    expect(() => score({ reviewCount: 1.5 })).toThrow(RangeError);
    expect(() => score({ deliveredLines: Number.NaN })).toThrow(RangeError);
  });

  it("says 'line' for one", () => {
    expect(part({ confirmedLines: 10, unavailableLines: 1 }, "fulfilled").reasons).toContain(
      "1 line marked unavailable in the last 90 days",
    );
  });
});

describe("parseReliabilityComponents", () => {
  it("round-trips what the computation stores", () => {
    const r = score(PERFECT);
    expect(parseReliabilityComponents(JSON.parse(JSON.stringify(r.components)))).toEqual(r.components);
  });

  it("answers null for missing, malformed or older data", () => {
    const good = JSON.parse(JSON.stringify(score(PERFECT).components));
    expect(parseReliabilityComponents(null)).toBeNull();
    expect(parseReliabilityComponents(undefined)).toBeNull();
    expect(parseReliabilityComponents("90")).toBeNull();
    expect(parseReliabilityComponents({ ...good, version: 0 })).toBeNull();
    expect(parseReliabilityComponents({ ...good, components: [] })).toBeNull();
    expect(parseReliabilityComponents({ ...good, components: [{ ...good.components[0], score: 101 }] })).toBeNull();
    expect(parseReliabilityComponents({ ...good, components: [{ ...good.components[0], key: "speed" }] })).toBeNull();
    expect(parseReliabilityComponents({ ...good, computedAt: "yesterday" })).toBeNull();
  });
});

describe("reliabilityBand", () => {
  it("85 and up is good, 70–84 fair, below 70 poor", () => {
    expect([100, 85, 84, 70, 69, 0].map(reliabilityBand)).toEqual(["good", "good", "fair", "fair", "poor", "poor"]);
  });
});
