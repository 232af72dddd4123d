// Money is an integer number of minor units (pesewas) with a currency. Isomorphic: used by
// server code and by client components for display. Never a float.

export type Currency = "GHS";
export const DEFAULT_CURRENCY: Currency = "GHS";
const SYMBOL: Record<Currency, string> = { GHS: "GH₵" };

function assertMinor(amount: number, name = "amount"): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${name} must be an integer number of minor units`);
}

/** 123450 → "GH₵ 1,234.50"; negative amounts get a leading minus. */
export function formatMoney(minor: number, currency: Currency = DEFAULT_CURRENCY): string {
  assertMinor(minor);
  const sign = minor < 0 ? "−" : "";
  const abs = Math.abs(minor);
  const major = Math.floor(abs / 100).toLocaleString("en-GH");
  const cents = String(abs % 100).padStart(2, "0");
  return `${sign}${SYMBOL[currency]} ${major}.${cents}`;
}

/** "1,234.5" / "GH₵ 1,234.50" → 123450. Returns null for anything that is not money. */
export function parseMoney(input: string): number | null {
  const cleaned = input.replace(/GH₵|GHS|,|\s/g, "");
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  const minor = Number(m[2]) * 100 + Number((m[3] ?? "0").padEnd(2, "0"));
  if (!Number.isSafeInteger(minor)) return null;
  return m[1] ? -minor : minor;
}

/** amount × bps / 10000, rounded half-up (amount ≥ 0). */
export function percentOf(amountMinor: number, bps: number): number {
  assertMinor(amountMinor);
  assertMinor(bps, "bps");
  if (amountMinor < 0 || bps < 0) throw new RangeError("percentOf takes non-negative values");
  return Math.floor((amountMinor * bps + 5000) / 10000);
}

/** Platform fee (half-up) and the vendor's share (the remainder): they always add up. */
export function splitFee(lineTotalMinor: number, feeBps: number): { feeMinor: number; vendorMinor: number } {
  const feeMinor = percentOf(lineTotalMinor, feeBps);
  return { feeMinor, vendorMinor: lineTotalMinor - feeMinor };
}

/**
 * Splits an amount over weights in proportion (largest remainder), so the parts are
 * integers that add up exactly to the amount. Used for deposits and partial refunds
 * across lines.
 */
export function allocate(amountMinor: number, weights: readonly number[]): number[] {
  assertMinor(amountMinor);
  if (weights.length === 0) return [];
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new RangeError("allocate needs a positive total weight");
  const exact = weights.map((w) => (amountMinor * w) / total);
  const parts = exact.map((x) => Math.floor(x));
  let rest = amountMinor - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    rest -= 1;
  }
  return parts;
}

export function sumMinor(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
