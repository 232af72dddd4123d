// Which catalog URLs reach their cached page through next.config rewrites, and which need
// proxy.ts. Both end on a page key (lib/catalog/cache/page-keys.ts); the difference is cost: Next runs
// the proxy as a full request adapter (~0.7 ms of CPU per request, as much as serving the cached
// page itself), a config rewrite is a regular expression in the router. So the common URLs —
// a category or vendor without sort or page, the bare /search, a search for plain words — are
// rewritten by config, and only URLs whose key needs computing go through the proxy.
//
// No imports: next.config.ts loads this file outside the app's module graph.

/** The /search parameters besides q (lib/search/schema.ts; a unit test keeps the lists equal). */
export const SEARCH_FILTER_KEYS = [
  "category",
  "vendor",
  "minPrice",
  "maxPrice",
  "availability",
  "origin",
  "size",
  "colour",
  "sort",
  "cursor",
  "limit",
] as const;

/** The /c/… and /v/… parameters. */
export const LISTING_KEYS = ["sort", "page"] as const;

/**
 * Plain words: letters and digits separated by single spaces, at most 60 characters. Such a q is
 * already canonical (nothing to trim or cut) and safe in a path segment, so it is its own key:
 * `q.<words>` (the "." is outside the base64url alphabet of the other keys).
 */
export const PLAIN_QUERY_SOURCE = "(?=.{1,60}$)[A-Za-z0-9]+(?: [A-Za-z0-9]+)*";
export const PLAIN_QUERY = new RegExp(`^${PLAIN_QUERY_SOURCE}$`);
export const PLAIN_QUERY_KEY_PREFIX = "q.";

type TQueryCondition = { type: "query"; key: string; value?: string };
type TRewrite = { source: string; destination: string; has?: TQueryCondition[]; missing?: TQueryCondition[] };

/** next.config.ts `rewrites().beforeFiles`: they apply only where proxy.ts did not rewrite. */
export function catalogRewrites(): TRewrite[] {
  const noFilters = SEARCH_FILTER_KEYS.map((key) => ({ type: "query" as const, key }));
  const noListingParams = LISTING_KEYS.map((key) => ({ type: "query" as const, key }));
  return [
    { source: "/c/:category", missing: noListingParams, destination: "/c/:category/-" },
    { source: "/v/:vendor", missing: noListingParams, destination: "/v/:vendor/-" },
    {
      source: "/search",
      has: [{ type: "query", key: "q", value: `(?<q>${PLAIN_QUERY_SOURCE})` }],
      missing: noFilters,
      destination: `/search/${PLAIN_QUERY_KEY_PREFIX}:q`,
    },
    {
      source: "/search",
      missing: [...noFilters, { type: "query", key: "q", value: ".+" }],
      destination: "/search/-",
    },
  ];
}
