import { describe, expect, it } from "vitest";
import { parseSearchParams, searchParams, toSearchQuery, ZSearchParams } from "@/lib/search/schema";

describe("search parameters", () => {
  it("parses prices in GHS into pesewas and writes them back", () => {
    const p = ZSearchParams.parse({
      q: "  shoes ",
      minPrice: "150",
      maxPrice: "249.99",
      origin: "ldn",
      sort: "price_asc",
    });
    expect(p).toMatchObject({
      q: "shoes",
      minPrice: 15_000,
      maxPrice: 24_999,
      origin: "LDN",
      sort: "price_asc",
      limit: 24,
    });
    expect(toSearchQuery(p)).toBe("q=shoes&minPrice=150&maxPrice=249.99&origin=LDN&sort=price_asc");
    expect(parseSearchParams(Object.fromEntries(new URLSearchParams(toSearchQuery(p))))).toEqual(p);
  });

  it("is strict for the API", () => {
    for (const bad of [
      { sort: "x" },
      { limit: "1.5" },
      { minPrice: "1,000" },
      { minPrice: "9", maxPrice: "1" },
      { vendor: "A B" },
      { q: "q".repeat(1001) },
      { cursor: "a b" },
    ]) {
      expect(ZSearchParams.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(ZSearchParams.parse({ limit: "500" }).limit).toBe(48);
    expect(ZSearchParams.parse({ limit: "0" }).limit).toBe(1);
  });

  it("is lenient for pages: bad fields are dropped, long text truncated", () => {
    const p = parseSearchParams({
      q: "x".repeat(20_000),
      sort: "nope",
      limit: "abc",
      minPrice: "50",
      maxPrice: "10",
      size: ["M", "L"],
      colour: "",
    });
    expect(p.q).toHaveLength(200);
    expect(p).toMatchObject({ sort: "relevance", limit: 24, minPrice: 5_000, size: "M" });
    expect(p.maxPrice).toBeUndefined();
    expect(p.colour).toBeUndefined();
  });

  it("fills defaults for code callers, ignoring undefined", () => {
    expect(searchParams({ q: undefined, vendor: "v" })).toEqual({ q: "", sort: "relevance", limit: 24, vendor: "v" });
  });
});
