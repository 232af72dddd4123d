import { describe, expect, it } from "vitest";
import { allocate, formatMoney, parseMoney, percentOf, splitFee, sumMinor } from "@/lib/money";

describe("formatMoney", () => {
  it.each([
    [0, "GH₵ 0.00"],
    [5, "GH₵ 0.05"],
    [123450, "GH₵ 1,234.50"],
    [100000000, "GH₵ 1,000,000.00"],
    [-2550, "−GH₵ 25.50"],
  ])("%i pesewas → %s", (minor, text) => {
    expect(formatMoney(minor)).toBe(text);
  });

  it("refuses fractional pesewas", () => {
    expect(() => formatMoney(10.5)).toThrow(RangeError);
  });
});

describe("parseMoney", () => {
  it.each([
    ["1,234.50", 123450],
    ["GH₵ 1,234.5", 123450],
    ["12", 1200],
    ["0.07", 7],
    ["-3.10", -310],
  ])("%s → %i", (text, minor) => {
    expect(parseMoney(text)).toBe(minor);
  });

  it.each(["", "abc", "1.234", "1e3", "12.3.4"])("rejects %j", (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it("round-trips with formatMoney", () => {
    for (const n of [0, 1, 99, 100, 123456789]) expect(parseMoney(formatMoney(n))).toBe(n);
  });
});

describe("fees and splits", () => {
  it("rounds the platform fee half-up and gives the vendor the rest", () => {
    // 10% of 1,005 pesewas = 100.5 → 101 fee, 904 to the vendor
    expect(splitFee(1005, 1000)).toEqual({ feeMinor: 101, vendorMinor: 904 });
    expect(splitFee(1004, 1000)).toEqual({ feeMinor: 100, vendorMinor: 904 });
    expect(splitFee(0, 1500)).toEqual({ feeMinor: 0, vendorMinor: 0 });
  });

  it("fee + vendor share always equals the line total", () => {
    for (let total = 0; total < 5000; total += 37) {
      for (const bps of [0, 1, 250, 999, 1000, 1250, 10000]) {
        const { feeMinor, vendorMinor } = splitFee(total, bps);
        expect(feeMinor + vendorMinor).toBe(total);
        expect(feeMinor).toBe(percentOf(total, bps));
      }
    }
  });

  it("percentOf refuses negative input", () => {
    expect(() => percentOf(-1, 100)).toThrow(RangeError);
  });
});

describe("allocate", () => {
  it("splits in proportion and the parts add up exactly", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [3000, 7000])).toEqual([300, 700]);
    const parts = allocate(99_999, [123, 456, 789, 1]);
    expect(sumMinor(parts)).toBe(99_999);
  });

  it("gives nothing to a zero weight and refuses an all-zero split", () => {
    expect(allocate(10, [0, 5])).toEqual([0, 10]);
    expect(() => allocate(10, [0, 0])).toThrow(RangeError);
  });
});
