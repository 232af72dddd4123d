import { describe, expect, it } from "vitest";
import {
  DEFAULT_PAGE_KEY,
  listingPageKey,
  parseListingPageKey,
  parseSearchPageKey,
  searchPageKey,
} from "@/lib/catalog/cache/page-keys";

const qs = (s: string) => new URLSearchParams(s);

describe("listing page keys", () => {
  it("round-trips sort and page", () => {
    expect(parseListingPageKey(listingPageKey(qs("sort=price_asc&page=3")))).toEqual({ sort: "price_asc", page: 3 });
  });

  it("gives every spelling of one view the same key and drops junk", () => {
    const key = listingPageKey(qs("page=2&sort=newest"));
    expect(listingPageKey(qs("utm_source=x&sort=newest&page=2&page=9"))).toBe(key);
    expect(listingPageKey(qs("sort=newest&page=2&fbclid=abc"))).toBe(key);
  });

  it("uses the default key for the default view, however it is spelled", () => {
    expect(listingPageKey(qs(""))).toBe(DEFAULT_PAGE_KEY);
    expect(listingPageKey(qs("sort=featured&page=1"))).toBe(DEFAULT_PAGE_KEY);
    expect(listingPageKey(qs("sort=DROP TABLE&page=-4"))).toBe(DEFAULT_PAGE_KEY);
    expect(parseListingPageKey(DEFAULT_PAGE_KEY)).toEqual({ sort: "featured", page: 1 });
  });

  it("is path-safe: no characters a path segment would need to encode", () => {
    expect(listingPageKey(qs("sort=price_desc&page=10000"))).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("reads a key that is not ours as the default view", () => {
    for (const junk of ["%3D", "not base64!", "////", "a".repeat(5000), "_w"]) {
      expect(parseListingPageKey(junk)).toEqual({ sort: "featured", page: 1 });
    }
  });
});

describe("search page keys", () => {
  it("round-trips query, filters, sort and limit", () => {
    const key = searchPageKey(
      qs("q=red shoes&category=shoes&minPrice=100&maxPrice=249.99&size=UK 9&sort=newest&limit=48"),
    );
    expect(parseSearchPageKey(key)).toMatchObject({
      q: "red shoes",
      category: "shoes",
      minPrice: 10_000,
      maxPrice: 24_999,
      size: "UK 9",
      sort: "newest",
      limit: 48,
    });
  });

  it("orders parameters and drops malformed or unknown ones", () => {
    const key = searchPageKey(qs("sort=newest&q=bag"));
    expect(searchPageKey(qs("q=bag&utm_medium=mail&sort=newest&minPrice=abc"))).toBe(key);
    expect(searchPageKey(qs("q=  bag  &sort=newest"))).toBe(key);
  });

  it("keeps text with percent signs, emoji and SQL metacharacters exactly", () => {
    for (const q of ["10% off", "👟 sneakers", "'; DROP TABLE products; --", "a+b=c&d"]) {
      const key = searchPageKey(qs(`q=${encodeURIComponent(q)}`));
      expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(parseSearchPageKey(key).q).toBe(q);
    }
  });

  it("bounds the key of a 10 KB query (the text is cut like everywhere else)", () => {
    const key = searchPageKey(qs(`q=${"x".repeat(10_000)}`));
    expect(key.length).toBeLessThan(400);
    expect(parseSearchPageKey(key).q.length).toBeLessThanOrEqual(200);
  });

  it("uses the default key with no parameters", () => {
    expect(searchPageKey(qs(""))).toBe(DEFAULT_PAGE_KEY);
    expect(parseSearchPageKey(DEFAULT_PAGE_KEY)).toMatchObject({ q: "", sort: "relevance" });
  });

  it("keys a search for plain words by the words, in the form next.config rewrites produce", () => {
    expect(searchPageKey(qs("q=iphone+15"))).toBe("q.iphone 15");
    expect(searchPageKey(qs("q=  sneakers &utm_source=x"))).toBe("q.sneakers");
    expect(searchPageKey(qs("q=sneakers&sort=relevance&limit=24"))).toBe("q.sneakers");
    // Next hands the segment on encoded or decoded: both read the same
    expect(parseSearchPageKey("q.iphone%2015")).toMatchObject({ q: "iphone 15", sort: "relevance" });
    expect(parseSearchPageKey("q.iphone 15").q).toBe("iphone 15");
  });

  it("keeps the encoded key for anything else, and reads a forged plain key as the default view", () => {
    expect(searchPageKey(qs("q=sneakers&sort=newest"))).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(searchPageKey(qs("q=10%25 off"))).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const forged of ["q.%3Cscript%3E", "q.10% off", "q.", `q.${"a".repeat(80)}`]) {
      expect(parseSearchPageKey(forged).q).toBe("");
    }
  });
});
