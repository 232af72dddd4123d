import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// How the words of a query become SQL. Input only ever reaches SQL as a bound parameter;
// the only text spliced in is fixed here.
//
//  - "text": websearch semantics ("quoted phrase", -exclude, or) over the English-stemmed
//    lexemes, and the LAST word also as a prefix over the unstemmed ones, so "adid",
//    "adida" and "runn" already find "Adidas running shoes" while typing.
//  - "typo": nothing matched the words; pg_trgm word_similarity of each word against the
//    title (GIN trigram index, `<%` operator) finds "Adidas" for "adidsa"; products close
//    to more of the words rank higher.
//  - "all": no query, every visible product.

export type TTextMode = "all" | "text" | "typo";

/**
 * word_similarity at or above this counts as a typo match: "adidsa"/"Adidas" ≈ 0.57,
 * swapped letters "atheltics"/"Athletics" and "bowrey"/"Bowery" ≈ 0.43. Only used when
 * no product matched the words themselves, so a loose bar costs little.
 */
export const TYPO_THRESHOLD = 0.4;

const WORD = /[\p{L}\p{N}]+/u;

/**
 * Splits q into the part searched as whole words and a last word searched as a prefix too.
 * No prefix when q ends inside a quoted phrase, in a negation (-word), with "or", or with
 * anything but a letter or digit (the user finished the word: "shoes ").
 */
export function splitForPrefix(q: string): { head: string; last: string } | null {
  const m = /(^|\s)([\p{L}\p{N}]+)$/u.exec(q);
  if (!m || !m[2]) return null;
  const last = m[2];
  const head = q.slice(0, m.index + (m[1] ?? "").length);
  const quotes = (q.match(/"/g) ?? []).length;
  if (quotes % 2 === 1 || last.toLowerCase() === "or" || /(^|\s)or\s*$/i.test(head)) return null;
  return { head: head.trim(), last: last.toLowerCase() };
}

/** Letters and digits only, lower-case, single-spaced: what trigram similarity compares. */
export function typoText(q: string): string {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ");
}

/**
 * The words compared for typos: 3+ characters (shorter ones are similar to everything), at
 * most 6. Each is compared on its own, so one misspelt word in "trial runnign" still finds
 * "Trail running jacket" through the other.
 */
export function typoWords(q: string): string[] {
  return [
    ...new Set(
      typoText(q)
        .split(" ")
        .filter((w) => [...w].length >= 3),
    ),
  ].slice(0, 6);
}

export function hasSearchableText(q: string): boolean {
  return WORD.test(q);
}

/** The tsquery for q (product vectors hold English and 'simple' lexemes, see the migration). */
export function tsQuery(q: string): Prisma.Sql {
  const split = splitForPrefix(q);
  if (!split) return Prisma.sql`websearch_to_tsquery('english'::regconfig, ${q}::text)`;
  // An empty head or a stop word gives an empty tsquery, which && / || simply drop.
  return Prisma.sql`(websearch_to_tsquery('english'::regconfig, ${split.head}::text)
    && (to_tsquery('english'::regconfig, ${split.last}::text)
        || to_tsquery('simple'::regconfig, ${split.last}::text || ':*')))`;
}

/** Row filter on products aliased p. */
export function textMatch(mode: TTextMode, q: string): Prisma.Sql {
  if (mode === "all") return Prisma.sql`TRUE`;
  if (mode === "text") return Prisma.sql`p."searchVector" @@ ${tsQuery(q)}`;
  // `<%` uses pg_trgm.word_similarity_threshold, set per transaction by the caller; each
  // word can use the trigram index (a BitmapOr of index scans).
  const words = typoWords(q);
  if (words.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(
    words.map((w) => Prisma.sql`${w}::text <% p."title"`),
    " OR ",
  )})`;
}

/** q without its excluded terms (-word, -"a phrase"): what relevance is measured against. */
export function positiveText(q: string): string {
  return q
    .replace(/(^|\s)-("[^"]*"?|\S*)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Any of the wanted words (the last one also as a prefix while typing), for the relevance tiers. */
function anyWordQuery(wanted: string): Prisma.Sql | null {
  const words = [...new Set(typoText(wanted).split(" ").filter(Boolean))].slice(0, 12);
  if (words.length === 0) return null;
  const any = Prisma.sql`websearch_to_tsquery('english'::regconfig, ${words.join(" or ")}::text)`;
  const split = splitForPrefix(wanted);
  return split ? Prisma.sql`(${any} || to_tsquery('simple'::regconfig, ${split.last}::text || ':*'))` : any;
}

/** Weights {D, C, B, A} for ts_rank: description (C) counts for little beside the title (A). */
const RANK_WEIGHTS = "{0.02, 0.05, 0.5, 1.0}";

/**
 * Relevance, rounded so it survives the round trip through a cursor exactly. Three tiers, then
 * ts_rank within a tier: every wanted word found in the title, brand, category or the
 * variants' attributes (weights A and B of the vector) → 2; some of them → 1; only in the
 * description → 0, below every other match however often the description repeats the word.
 * Within a tier a title match (A 1.0) outranks brand/category/attributes (B 0.5) outranks the
 * description (C 0.05); ts_rank's normalisation 32 (rank/(rank+1)) keeps it under 1, inside
 * its tier. Ranked against the wanted terms only: ts_rank scores any query with a NOT as ~0.
 */
export function textRank(mode: TTextMode, q: string): Prisma.Sql {
  if (mode === "text") {
    const wanted = positiveText(q);
    const any = anyWordQuery(wanted);
    if (!hasSearchableText(wanted) || !any) return Prisma.sql`0::numeric`;
    const all = tsQuery(wanted);
    const strong = Prisma.sql`ts_filter(p."searchVector", '{a,b}')`;
    return Prisma.sql`round((
      (CASE WHEN ${strong} @@ ${all} THEN 2 WHEN ${strong} @@ ${any} THEN 1 ELSE 0 END)
      + ts_rank(${RANK_WEIGHTS}::float4[], p."searchVector", ${all}, 32))::numeric, 6)`;
  }
  if (mode === "typo") {
    const words = typoWords(q);
    if (words.length === 0) return Prisma.sql`0::numeric`;
    const sims = words.map((w) => Prisma.sql`word_similarity(${w}::text, p."title")`);
    return Prisma.sql`round((${Prisma.join(sims, " + ")})::numeric, 6)`;
  }
  return Prisma.sql`0::numeric`;
}

/** Lets `<%` accept TYPO_THRESHOLD for the rest of the current transaction only. */
export const setTypoThreshold = Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}::text, true)`;
