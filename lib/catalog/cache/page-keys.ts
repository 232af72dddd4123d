// Page keys: the part of a catalog page's URL query that changes what the page shows, in one
// canonical form, as a path segment. The storefront's catalog pages are cached per path (ISR),
// and a cached page cannot read the query string, so URLs are rewritten (page-routes.ts)
//   /c/shoes?page=2&utm_source=x   →  /c/shoes/<key of "page=2">
//   /search?sort=newest&q=bag      →  /search/<key of "q=bag&sort=newest">
// Canonical means unknown or malformed parameters are dropped and the rest ordered, so every
// spelling of one view shares one cache entry and junk parameters cannot multiply entries.
// The key is the canonical query in base64url: a percent-encoded segment reaches a page's
// params and its generateMetadata decoded differently (Next 16), base64url needs no decoding.
// One exception: a search for plain words is keyed `q.<words>` (see page-routes.ts), which
// next.config rewrites can produce without the proxy; a space is its only encoded character.
// Isomorphic (no server-only imports): the proxy and the pages both use it.
import { PLAIN_QUERY, PLAIN_QUERY_KEY_PREFIX } from "@/lib/catalog/cache/page-routes";
import { parseSearchParams, toSearchQuery, type TSearchParams } from "@/lib/search/schema";

export const LISTING_SORTS = ["featured", "newest", "price_asc", "price_desc"] as const;
export type TListingSort = (typeof LISTING_SORTS)[number];

/** The key of a view with no parameters (a path segment cannot be empty). */
export const DEFAULT_PAGE_KEY = "-";

/** Lenient parsing for page URLs: anything unknown falls back to the default. */
export function parseListingSort(v: string | null | undefined): TListingSort {
  return (LISTING_SORTS as readonly string[]).includes(v ?? "") ? (v as TListingSort) : "featured";
}

export function parsePage(v: string | null | undefined): number {
  const n = Number(v);
  return Number.isSafeInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

function toKey(query: string): string {
  if (query === "") return DEFAULT_PAGE_KEY;
  const bytes = new TextEncoder().encode(query);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** A key that is not one of ours (typed by hand) reads as the default view. */
function fromKey(key: string): URLSearchParams {
  if (key === DEFAULT_PAGE_KEY || !/^[A-Za-z0-9_-]{1,4000}$/.test(key)) return new URLSearchParams();
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    const query = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

/** First value of each parameter, like the pages' searchParams always meant. */
function firstValues(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of query) if (!(k in out)) out[k] = v;
  return out;
}

/** Category and vendor listings: sort and page number. */
export function listingPageKey(query: URLSearchParams): string {
  const out = new URLSearchParams();
  const sort = parseListingSort(query.get("sort"));
  const page = parsePage(query.get("page"));
  if (sort !== "featured") out.set("sort", sort);
  if (page !== 1) out.set("page", String(page));
  return toKey(out.toString());
}

export function parseListingPageKey(key: string): { sort: TListingSort; page: number } {
  const query = fromKey(key);
  return { sort: parseListingSort(query.get("sort")), page: parsePage(query.get("page")) };
}

/** /search: the query, filters, sort, page size and cursor (see lib/search/schema.ts). */
export function searchPageKey(query: URLSearchParams): string {
  const params = parseSearchParams(firstValues(query));
  const canonical = toSearchQuery(params, { cursor: params.cursor ?? null });
  const onlyQ = canonical === new URLSearchParams({ q: params.q }).toString();
  if (onlyQ && PLAIN_QUERY.test(params.q)) return `${PLAIN_QUERY_KEY_PREFIX}${params.q}`;
  return toKey(canonical);
}

export function parseSearchPageKey(key: string): TSearchParams {
  if (key.startsWith(PLAIN_QUERY_KEY_PREFIX)) {
    const q = decodeSpaces(key.slice(PLAIN_QUERY_KEY_PREFIX.length));
    return parseSearchParams(PLAIN_QUERY.test(q) ? { q } : {});
  }
  return parseSearchParams(firstValues(fromKey(key)));
}

/** Plain words hold no "%", so decoding cannot misread them, whichever form Next passes on. */
function decodeSpaces(segment: string): string {
  return segment.replace(/%20/g, " ");
}
