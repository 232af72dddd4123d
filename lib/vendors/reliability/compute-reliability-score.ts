// The vendor reliability score (domain.md "Vendor reliability score") from the facts of the
// vendor's last 90 days. Pure and isomorphic: recompute-vendor-reliability.ts gathers the facts
// with SQL aggregates, the tests call this directly, and what it returns is what is stored.
//
// Components (weights sum to 100):
//  - procuredOnTime (35): of the confirmed pre-order lines in batches that shipped in the window,
//    the share procured before their batch shipped. A line that became UNAVAILABLE (the vendor
//    could not source it, or it was not handed over when the batch shipped) was not.
//  - fulfilled (30): of the lines ordered in the window and paid for, the share the vendor did not
//    end: UNAVAILABLE and vendor-made cancellations count against. Cancellations by the customer,
//    by ops or by the system (a cancelled batch, an unpaid balance) are no fault of the vendor and
//    leave the sample altogether — the line's CANCEL OrderEvent says who cancelled it.
//  - refundsReturns (20): of the lines delivered in the window, the share with no refund or return
//    (a RETURNED line, a refund or return request that was not rejected, or a refund after delivery).
//  - reviews (15): the average published review rating in the window, 1 star = 0, 5 stars = 100.
//
// A component with fewer facts than its minimum sample is null ("not enough history yet"); the
// overall score is the weighted mean of the components that have one (their weights rescaled), or
// null when they carry less than MIN_SCORED_WEIGHT of the weight (too little to say anything).
// Overall and component scores are rounded half up to integers and clamped to 0–100; the overall
// is computed from the unrounded component ratios, so it can differ by one from the weighted mean
// of the rounded figures shown.
import {
  RELIABILITY_COMPONENTS_VERSION,
  RELIABILITY_WINDOW_DAYS,
  type TReliabilityComponent,
  type TReliabilityComponentKey,
  type TReliabilityComponents,
} from "@/lib/vendors/reliability/types";

export type TReliabilityFacts = {
  /** Confirmed pre-order lines in batches shipped in the window (customer/ops cancellations excluded). */
  shippedBatchLines: number;
  /** Of those, procured before their batch's shippedAt. */
  procuredBeforeShip: number;
  /** Lines ordered in the window that were paid for, customer/ops/system cancellations excluded. */
  confirmedLines: number;
  /** Of those, marked UNAVAILABLE. */
  unavailableLines: number;
  /** Of those, cancelled by the vendor. */
  vendorCancelledLines: number;
  /** Paid lines ordered in the window cancelled by the customer, ops or the system (not counted). */
  excusedCancellations: number;
  /** Lines delivered in the window. */
  deliveredLines: number;
  /** Of those, refunded or returned after delivery. */
  refundedOrReturnedLines: number;
  /** Published reviews written in the window, and the sum of their ratings (1–5 each). */
  reviewCount: number;
  ratingSum: number;
};

export const RELIABILITY_WEIGHTS: Record<TReliabilityComponentKey, number> = {
  procuredOnTime: 35,
  fulfilled: 30,
  refundsReturns: 20,
  reviews: 15,
};

export const RELIABILITY_MIN_SAMPLES: Record<TReliabilityComponentKey, number> = {
  procuredOnTime: 5,
  fulfilled: 5,
  refundsReturns: 5,
  reviews: 3,
};

export const RELIABILITY_LABELS: Record<TReliabilityComponentKey, string> = {
  procuredOnTime: "Procured before the batch shipped",
  fulfilled: "Lines fulfilled (not unavailable or cancelled by you)",
  refundsReturns: "Delivered without a refund or return",
  reviews: "Customer reviews",
};

/** Below this share of the weight (in percent) scored, the overall score is null. */
export const MIN_SCORED_WEIGHT = 30;

export type TReliabilityResult = { score: number | null; components: TReliabilityComponents };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A count fact: a non-negative integer (anything else is a bug in the gathering: fail loudly). */
function fact(name: keyof TReliabilityFacts, value: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`reliability fact ${name} must be a count, got ${value}`);
  return value;
}

/** Rounds half up (the epsilon absorbs binary fractions like 84.49999… for 84.5) into 0–100. */
function clampScore(value: number): number {
  return Math.min(100, Math.max(0, Math.floor(value + 0.5 + 1e-9)));
}

/** A component's share as a fraction of integers (den 0: no facts). */
type TDraft = { key: TReliabilityComponentKey; num: number; den: number; sampleSize: number; reasons: string[] };

function component(d: TDraft): TReliabilityComponent & { ratio: number | null } {
  const minSample = RELIABILITY_MIN_SAMPLES[d.key];
  const ratio = d.den > 0 && d.sampleSize >= minSample ? d.num / d.den : null;
  return {
    key: d.key,
    label: RELIABILITY_LABELS[d.key],
    weight: RELIABILITY_WEIGHTS[d.key],
    score: ratio == null ? null : clampScore((d.num * 100) / d.den),
    ratio,
    sampleSize: d.sampleSize,
    minSample,
    reasons: d.reasons,
  };
}

export function computeReliabilityScore(
  facts: TReliabilityFacts,
  opts: { computedAt: Date; windowDays?: number },
): TReliabilityResult {
  const windowDays = opts.windowDays ?? RELIABILITY_WINDOW_DAYS;
  const days = `in the last ${windowDays} days`;
  const f = Object.fromEntries(
    Object.entries(facts).map(([k, v]) => [k, fact(k as keyof TReliabilityFacts, v as number)]),
  ) as TReliabilityFacts;

  // procuredOnTime
  const shipped = f.shippedBatchLines;
  const onTime = Math.min(f.procuredBeforeShip, shipped);
  const procuredOnTime = component({
    key: "procuredOnTime",
    num: onTime,
    den: shipped,
    sampleSize: shipped,
    reasons:
      shipped === 0
        ? [`No pre-order lines in batches shipped ${days}`]
        : [
            `${onTime} of ${count(shipped, "line")} procured before their batch shipped`,
            ...(shipped > onTime ? [`${count(shipped - onTime, "line")} not procured in time`] : []),
          ],
  });

  // fulfilled
  const confirmed = f.confirmedLines;
  const unavailable = Math.min(f.unavailableLines, confirmed);
  const vendorCancelled = Math.min(f.vendorCancelledLines, confirmed - unavailable);
  const fulfilledLines = confirmed - unavailable - vendorCancelled;
  const fulfilled = component({
    key: "fulfilled",
    num: fulfilledLines,
    den: confirmed,
    sampleSize: confirmed,
    reasons: [
      confirmed === 0
        ? `No paid lines ${days}`
        : `${fulfilledLines} of ${count(confirmed, "paid line")} ${days} not ended by you`,
      ...(unavailable > 0 ? [`${count(unavailable, "line")} marked unavailable ${days}`] : []),
      ...(vendorCancelled > 0 ? [`${count(vendorCancelled, "line")} cancelled by you ${days}`] : []),
      ...(f.excusedCancellations > 0
        ? [`${count(f.excusedCancellations, "cancellation")} by customers or the platform not counted`]
        : []),
    ],
  });

  // refundsReturns
  const delivered = f.deliveredLines;
  const returned = Math.min(f.refundedOrReturnedLines, delivered);
  const refundsReturns = component({
    key: "refundsReturns",
    num: delivered - returned,
    den: delivered,
    sampleSize: delivered,
    reasons:
      delivered === 0
        ? [`No lines delivered ${days}`]
        : [`${returned} of ${count(delivered, "delivered line")} refunded or returned`],
  });

  // reviews
  const reviewCount = f.reviewCount;
  // Ratings are 1–5: the sum lies in [count, 5 × count]; (average − 1) / 4 = (sum − count) / (4 × count).
  const ratingSum = Math.min(5 * reviewCount, Math.max(reviewCount, f.ratingSum));
  const average = reviewCount > 0 ? ratingSum / reviewCount : null;
  const reviews = component({
    key: "reviews",
    num: ratingSum - reviewCount,
    den: 4 * reviewCount,
    sampleSize: reviewCount,
    reasons:
      average == null
        ? [`No reviews ${days}`]
        : [`Average rating ${average.toFixed(1)} of 5 from ${count(reviewCount, "review")}`],
  });

  const all = [procuredOnTime, fulfilled, refundsReturns, reviews];
  const scored = all.filter((c) => c.ratio != null);
  const scoredWeight = scored.reduce((a, c) => a + c.weight, 0);
  const score =
    scored.length === 0 || scoredWeight < MIN_SCORED_WEIGHT
      ? null
      : clampScore((scored.reduce((a, c) => a + c.weight * c.ratio!, 0) / scoredWeight) * 100);

  return {
    score,
    components: {
      version: RELIABILITY_COMPONENTS_VERSION,
      windowDays,
      computedAt: opts.computedAt.toISOString(),
      components: all.map(({ ratio: _ratio, ...c }) => c),
    },
  };
}
