// The catalog URLs next.config rewrites and the ones proxy.ts takes must not drift apart: a
// parameter the proxy stopped matching would be dropped by the plain rewrite, silently.
import { describe, expect, it } from "vitest";
import { config as proxyConfig } from "@/proxy";
import {
  catalogRewrites,
  LISTING_KEYS,
  PLAIN_QUERY,
  PLAIN_QUERY_SOURCE,
  SEARCH_FILTER_KEYS,
} from "@/lib/catalog/cache/page-routes";
import { ZSearchParams } from "@/lib/search/schema";

type TMatcher = { source: string; has?: { type: string; key: string; value?: string }[] };
const matchers: TMatcher[] = proxyConfig.matcher.flatMap((m) => (typeof m === "string" ? [] : [m]));
const proxiedKeys = (source: string) => matchers.filter((m) => m.source === source).map((m) => m.has?.[0]?.key);

describe("catalog routing", () => {
  it("lists every search parameter besides q as a filter", () => {
    const schemaKeys = Object.keys(ZSearchParams.shape).filter((k) => k !== "q");
    expect([...SEARCH_FILTER_KEYS].sort()).toEqual(schemaKeys.sort());
  });

  it("sends /search to the proxy when any filter is present or q is not plain words", () => {
    expect(proxiedKeys("/search").sort()).toEqual([...SEARCH_FILTER_KEYS, "q"].sort());
    const q = matchers.find((m) => m.source === "/search" && m.has?.[0]?.key === "q");
    expect(q?.has?.[0]?.value).toBe(`(?!${PLAIN_QUERY_SOURCE}$).+`);
  });

  it("sends /c/… and /v/… to the proxy only with a sort or page", () => {
    for (const source of ["/c/:slug", "/v/:slug"]) {
      expect(proxiedKeys(source).sort()).toEqual([...LISTING_KEYS].sort());
    }
  });

  it("rewrites by config exactly what the proxy does not take", () => {
    const rewrites = catalogRewrites();
    const plain = rewrites.find((r) => r.destination === "/search/q.:q");
    expect(plain?.missing?.map((m) => m.key).sort()).toEqual([...SEARCH_FILTER_KEYS].sort());
    const bare = rewrites.find((r) => r.destination === "/search/-");
    expect(bare?.missing?.map((m) => m.key).sort()).toEqual([...SEARCH_FILTER_KEYS, "q"].sort());
    for (const destination of ["/c/:category/-", "/v/:vendor/-"]) {
      const r = rewrites.find((x) => x.destination === destination);
      expect(r?.missing?.map((m) => m.key).sort()).toEqual([...LISTING_KEYS].sort());
    }
  });

  it("calls plain only canonical words: no edge spaces, doubled spaces, symbols or long text", () => {
    for (const q of ["sneakers", "iphone 15", "Air Max 90", "a".repeat(60)]) expect(PLAIN_QUERY.test(q)).toBe(true);
    for (const q of ["", " bag", "bag ", "red  shoes", "10% off", "café", "a+b", "👟", "a".repeat(61)]) {
      expect(PLAIN_QUERY.test(q)).toBe(false);
    }
  });

  it("matches the proxy's q condition exactly where the rewrite's does not (as Next anchors them)", () => {
    const proxyQ = new RegExp(`^${matchers.find((m) => m.has?.[0]?.key === "q")!.has![0]!.value}$`);
    const rewriteQ = new RegExp(`^${catalogRewrites().find((r) => r.destination === "/search/q.:q")!.has![0]!.value}$`);
    for (const q of ["sneakers", "iphone 15", " bag", "10% off", "👟 sneakers", "x".repeat(61), "a b  c"]) {
      expect(proxyQ.test(q)).toBe(!rewriteQ.test(q));
    }
  });
});
