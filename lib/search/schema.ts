// Search parameters: one schema for the JSON API (strict: malformed → 400) and, through
// parseSearchParams, for pages (lenient: a malformed field is dropped, never an error).
// Isomorphic, so the storefront's filter links are built with the same rules.
//
// Prices in the URL are in GHS major units ("?minPrice=100&maxPrice=249.99": what people
// type and share); the parsed value is integer pesewas, like every amount in code.
import { z } from "zod";
import { cleanText } from "@/lib/http/text";
import { parseMoney } from "@/lib/money";

export const SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc", "closing_soon"] as const;
export type TSearchSort = (typeof SEARCH_SORTS)[number];
export const SEARCH_AVAILABILITY = ["in_stock", "pre_order"] as const;
export type TSearchAvailability = (typeof SEARCH_AVAILABILITY)[number];

/** Longer queries are cut to this (pages and API alike); nobody types more. */
export const SEARCH_QUERY_MAX = 200;
/** The API answers 400 above this; pages just truncate. */
export const SEARCH_QUERY_HARD_MAX = 1000;
export const SEARCH_LIMIT_DEFAULT = 24;
export const SEARCH_LIMIT_MAX = 48;

const ZSlugParam = z
  .string()
  .trim()
  .toLowerCase()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug (lower-case letters, digits, dashes)");

const ZPriceParam = z
  .string()
  .trim()
  .regex(/^\d{1,7}(\.\d{1,2})?$/, "must be an amount in GHS, e.g. 150 or 149.99")
  .transform((s) => parseMoney(s) ?? 0);

const ZOptionValue = z.string().trim().min(1).max(60);

/** Opaque page cursors: base64url of a small JSON object (see search-products.ts). */
export const ZCursorParam = z
  .string()
  .max(600)
  .regex(/^[A-Za-z0-9_-]+$/, "is not a valid cursor");

const fields = {
  q: z
    .string()
    .max(SEARCH_QUERY_HARD_MAX, `must be at most ${SEARCH_QUERY_HARD_MAX} characters`)
    .transform((s) => s.trim().slice(0, SEARCH_QUERY_MAX).trim())
    .default(""),
  category: ZSlugParam.optional(),
  vendor: ZSlugParam.optional(),
  minPrice: ZPriceParam.optional(),
  maxPrice: ZPriceParam.optional(),
  availability: z.enum(SEARCH_AVAILABILITY).optional(),
  origin: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, "must be an origin code")
    .transform((s) => s.toUpperCase())
    .optional(),
  size: ZOptionValue.optional(),
  colour: ZOptionValue.optional(),
  sort: z.enum(SEARCH_SORTS).default("relevance"),
  cursor: ZCursorParam.optional(),
  // Page sizes are capped, not refused: ?limit=500 gets SEARCH_LIMIT_MAX.
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .transform((n) => Math.min(Math.max(n, 1), SEARCH_LIMIT_MAX))
    .default(SEARCH_LIMIT_DEFAULT),
};

export const ZSearchParams = z.object(fields).superRefine((v, ctx) => {
  if (v.minPrice !== undefined && v.maxPrice !== undefined && v.minPrice > v.maxPrice) {
    ctx.addIssue({ code: "custom", path: ["maxPrice"], message: "must not be below minPrice" });
  }
});
/** Parsed search: prices in pesewas, q trimmed and at most SEARCH_QUERY_MAX characters. */
export type TSearchParams = z.output<typeof ZSearchParams>;
export type TSearchParamsInput = Partial<TSearchParams>;

type TRawParams = Record<string, string | string[] | undefined>;

function firstValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Lenient parse for pages (Next's searchParams): every malformed field is dropped (its
 * default applies), over-long text is truncated, an inverted price range loses maxPrice.
 */
export function parseSearchParams(raw: TRawParams): TSearchParams {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    let value = firstValue(raw[key]);
    if (typeof value === "string") value = cleanText(value); // NUL / unpaired surrogates: PostgreSQL cannot take them
    if (key === "q" && typeof value === "string") value = value.slice(0, SEARCH_QUERY_HARD_MAX);
    const parsed = (schema as z.ZodType).safeParse(value === "" && key !== "q" ? undefined : value);
    out[key] = parsed.success ? parsed.data : (schema as z.ZodType).parse(undefined);
  }
  const params = out as TSearchParams;
  if (params.minPrice !== undefined && params.maxPrice !== undefined && params.minPrice > params.maxPrice) {
    delete params.maxPrice;
  }
  return params;
}

/** Fills defaults for callers building params in code (home rails, suggestions, tests). */
export function searchParams(input: TSearchParamsInput = {}): TSearchParams {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return { q: "", sort: "relevance", limit: SEARCH_LIMIT_DEFAULT, ...(defined as TSearchParamsInput) };
}

function pesewasToParam(minor: number): string {
  return minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2);
}

/**
 * The URL query for params (filters, sort; the cursor only when asked), defaults left out —
 * the inverse of parseSearchParams, for shareable filter links: `/search?${toSearchQuery(p)}`.
 */
export function toSearchQuery(params: TSearchParamsInput, opts: { cursor?: string | null } = {}): string {
  const q = new URLSearchParams();
  if (params.q) q.set("q", params.q);
  if (params.category) q.set("category", params.category);
  if (params.vendor) q.set("vendor", params.vendor);
  if (params.minPrice !== undefined) q.set("minPrice", pesewasToParam(params.minPrice));
  if (params.maxPrice !== undefined) q.set("maxPrice", pesewasToParam(params.maxPrice));
  if (params.availability) q.set("availability", params.availability);
  if (params.origin) q.set("origin", params.origin);
  if (params.size) q.set("size", params.size);
  if (params.colour) q.set("colour", params.colour);
  if (params.sort && params.sort !== "relevance") q.set("sort", params.sort);
  if (params.limit && params.limit !== SEARCH_LIMIT_DEFAULT) q.set("limit", String(params.limit));
  if (opts.cursor) q.set("cursor", opts.cursor);
  return q.toString();
}

export const ZSuggestParams = z.object({
  q: z
    .string()
    .max(SEARCH_QUERY_HARD_MAX, `must be at most ${SEARCH_QUERY_HARD_MAX} characters`)
    .transform((s) => s.trim().slice(0, 100).trim())
    .default(""),
});
