// Text PostgreSQL can store. A `text` or `jsonb` value cannot hold U+0000 (NUL), and a UTF-16
// string with an unpaired surrogate (from a JSON escape like "\ud800") has no UTF-8 form:
// either one used to reach the database from a request and answer 500. Isomorphic (zod
// only), so client forms can use the same schema.
//
// - Strict boundaries (route() and action() in lib/http) refuse any request whose strings
//   hold one, before zod parses it: 400 naming the field (assertStorableInput).
// - Lenient readers (page query strings, e.g. /search) clean the text instead (cleanText).
// - ZText is the shared string schema for fields a schema declares itself.
import { z, ZodError } from "zod";

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = "must not contain a NUL character (\\u0000) or an unpaired surrogate";

/** True when PostgreSQL can store the string as text. */
export function isStorableText(s: string): boolean {
  return !s.includes("\u0000") && !LONE_SURROGATE.test(s);
}

/** NUL characters removed (or replaced by `nul`), unpaired surrogates replaced by U+FFFD (for lenient readers). */
export function cleanText(s: string, nul = ""): string {
  if (isStorableText(s)) return s;
  return s.replaceAll("\u0000", nul).replace(new RegExp(LONE_SURROGATE.source, "g"), "\uFFFD");
}

/** A JSON value with every string and key cleaned (cleanText), so that jsonb can store it. */
export function cleanJson(value: unknown, nul = "\uFFFD"): unknown {
  if (typeof value === "string") return cleanText(value, nul);
  if (Array.isArray(value)) return value.map((v) => cleanJson(v, nul));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k, nul), cleanJson(v, nul)]));
}

/** The shared string schema: any string PostgreSQL can store. Chain .trim(), .max() etc. after it. */
export const ZText = z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE });

/** Path of the first string (or object key) in value that PostgreSQL cannot store, or null. */
export function findUnstorableText(
  value: unknown,
  path: (string | number)[] = [],
  depth = 0,
): (string | number)[] | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (depth > 64 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findUnstorableText(value[i], [...path, i], depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (typeof File !== "undefined" && value instanceof File) return isStorableText(value.name) ? null : path;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!isStorableText(k)) return [...path, cleanText(k)];
    const hit = findUnstorableText(v, [...path, k], depth + 1);
    if (hit) return hit;
  }
  return null;
}

/**
 * Throws a ZodError (so both wrappers answer it as a 400 with the field) when any string of
 * the input holds a NUL or an unpaired surrogate. `where` prefixes the path: "query", "params"…
 */
export function assertStorableInput(value: unknown, where?: string): void {
  const hit = findUnstorableText(value);
  if (!hit) return;
  const path = where ? [where, ...hit] : hit;
  throw new ZodError([{ code: "custom", path, message: UNSTORABLE_TEXT_MESSAGE, input: undefined }]);
}
