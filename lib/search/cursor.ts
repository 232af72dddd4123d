import "server-only";
import { AppError } from "@/lib/errors";
import type { TSearchSort } from "@/lib/search/schema";
import type { TTextMode } from "@/lib/search/text-query";

// Keyset cursors. Every sort orders by one numeric key and then by id, so "after this row"
// is (key, id) and a page never repeats or skips a product while the data stands still.
// The cursor carries the sort (a cursor from another sort is refused) and the text mode
// (a typo-mode search stays in typo mode on later pages).

export type TSearchCursor = { sort: TSearchSort; mode: TTextMode; key: string; id: string };

type TWire = { v: 1; s: TSearchSort; m: TTextMode; k: string; i: string };

const KEY = /^-?\d{1,20}(\.\d{1,12})?$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MODES: readonly TTextMode[] = ["all", "text", "typo"];

export function encodeCursor(c: TSearchCursor): string {
  const wire: TWire = { v: 1, s: c.sort, m: c.mode, k: c.key, i: c.id };
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

/** The cursor, or AppError BAD_REQUEST when it is not one of ours or belongs to another sort. */
export function decodeCursor(raw: string, sort: TSearchSort): TSearchCursor {
  let wire: Partial<TWire> | null = null;
  try {
    wire = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<TWire>;
  } catch {
    wire = null;
  }
  if (
    !wire ||
    wire.v !== 1 ||
    typeof wire.k !== "string" ||
    !KEY.test(wire.k) ||
    typeof wire.i !== "string" ||
    !ID.test(wire.i) ||
    !MODES.includes(wire.m as TTextMode)
  ) {
    throw new AppError("BAD_REQUEST", "cursor: is not a valid cursor");
  }
  if (wire.s !== sort) throw new AppError("BAD_REQUEST", "cursor: belongs to another sort order");
  return { sort, mode: wire.m as TTextMode, key: wire.k, id: wire.i };
}

/** For pages: a cursor that does not decode for this sort is ignored (first page). */
export function tryDecodeCursor(raw: string | undefined, sort: TSearchSort): TSearchCursor | null {
  if (!raw) return null;
  try {
    return decodeCursor(raw, sort);
  } catch {
    return null;
  }
}
