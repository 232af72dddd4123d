// Cache-Control for the JSON API. Public catalog reads may be served by a CDN for a minute
// and stale for five more while it refreshes (the server-side data cache is invalidated by
// tags on every catalog write, so a fresh fetch is current). User-specific answers: never.
export const PUBLIC_CATALOG_CACHE = { "Cache-Control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300" };
export const PUBLIC_SUGGEST_CACHE = { "Cache-Control": "public, max-age=30, s-maxage=60, stale-while-revalidate=300" };
export const NO_STORE = { "Cache-Control": "private, no-store" };
