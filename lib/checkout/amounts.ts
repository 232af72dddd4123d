// Order amounts for a payment plan (isomorphic, pure: the checkout review and placeOrder
// compute the same numbers). Integer pesewas; parts always add up to the whole.
import { allocate, percentOf } from "@/lib/money";

export type TAmountLine = { availability: "IN_STOCK" | "PRE_ORDER"; lineTotalMinor: number };

export type TOrderAmounts = {
  subtotalMinor: number;
  deliveryFeeMinor: number;
  totalMinor: number;
  /** What the first payment collects (FULL: the total; DEPOSIT: see below). */
  dueNowMinor: number;
  /** What falls due when the pre-order batch arrives (0 for FULL). */
  dueLaterMinor: number;
  /** DEPOSIT plan only: the first payment's amount; null for FULL. */
  depositMinor: number | null;
  /** Per input line, the part of the first payment that pays for it (delivery fee excluded). */
  linePaidNowMinor: number[];
};

/**
 * FULL: everything now. DEPOSIT (only with pre-order lines): in-stock lines and the
 * delivery fee in full now, plus depositBps of the pre-order lines (rounded half-up on the
 * pre-order total, then spread over those lines by largest remainder); the rest of the
 * pre-order lines falls due when their batch arrives. Choice: the delivery fee is paid up
 * front so the balance is only goods.
 */
export function computeOrderAmounts(input: {
  lines: readonly TAmountLine[];
  deliveryFeeMinor: number;
  plan: "FULL" | "DEPOSIT";
  depositBps: number;
}): TOrderAmounts {
  const subtotalMinor = input.lines.reduce((a, l) => a + l.lineTotalMinor, 0);
  const totalMinor = subtotalMinor + input.deliveryFeeMinor;
  if (input.plan === "FULL") {
    return {
      subtotalMinor,
      deliveryFeeMinor: input.deliveryFeeMinor,
      totalMinor,
      dueNowMinor: totalMinor,
      dueLaterMinor: 0,
      depositMinor: null,
      linePaidNowMinor: input.lines.map((l) => l.lineTotalMinor),
    };
  }
  const preIdx = input.lines.flatMap((l, i) => (l.availability === "PRE_ORDER" ? [i] : []));
  if (preIdx.length === 0) throw new RangeError("a deposit needs at least one pre-order line");
  const preTotal = preIdx.reduce((a, i) => a + input.lines[i]!.lineTotalMinor, 0);
  const preDeposit = percentOf(preTotal, input.depositBps);
  const weights = preIdx.map((i) => input.lines[i]!.lineTotalMinor);
  const parts = preTotal > 0 ? allocate(preDeposit, weights) : preIdx.map(() => 0);
  const linePaidNowMinor = input.lines.map((l) => (l.availability === "IN_STOCK" ? l.lineTotalMinor : 0));
  preIdx.forEach((lineIndex, k) => (linePaidNowMinor[lineIndex] = parts[k] ?? 0));
  const dueNowMinor = linePaidNowMinor.reduce((a, b) => a + b, 0) + input.deliveryFeeMinor;
  return {
    subtotalMinor,
    deliveryFeeMinor: input.deliveryFeeMinor,
    totalMinor,
    dueNowMinor,
    dueLaterMinor: totalMinor - dueNowMinor,
    depositMinor: dueNowMinor,
    linePaidNowMinor,
  };
}
