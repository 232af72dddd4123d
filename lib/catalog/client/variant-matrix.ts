// The vendor editor's variant matrix and SKU suggestions, as pure functions. Isomorphic: the
// editor builds rows with them in the browser and saveVendorProduct generates the SKUs left
// blank with the same rules on the server.

export type TOptionDef = { name: string; values: string[] };

/** The fields of a matrix row this module reads and sets; the editor's rows carry more. */
export type TMatrixRow = {
  /** Existing variant id; absent for a row not saved yet. */
  id?: string | undefined;
  options: Record<string, string>;
  isActive: boolean;
  /** Set when the row's combination left the matrix (an existing variant, kept but inactive). */
  isRemoved?: boolean | undefined;
};

const norm = (s: string) => s.trim().toLocaleLowerCase();

/** One key per combination, case-insensitive, in the option names' order. */
export function comboKey(optionNames: readonly string[], options: Readonly<Record<string, string>>): string {
  return optionNames.map((n) => norm(options[n] ?? "")).join("\u0000");
}

/** Every combination of the options' values, the first option varying slowest (Size × Colour). */
export function combinations(defs: readonly TOptionDef[]): Record<string, string>[] {
  const used = defs.filter((d) => d.name.trim() !== "");
  if (used.length === 0) return [{}];
  let out: Record<string, string>[] = [{}];
  for (const d of used) {
    const values = uniqueValues(d.values);
    if (values.length === 0) return [];
    out = out.flatMap((combo) => values.map((v) => ({ ...combo, [d.name.trim()]: v })));
  }
  return out;
}

/** Trimmed, non-empty, first spelling of each value kept ("m", "M" → "m"). */
export function uniqueValues(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (!v || seen.has(norm(v))) continue;
    seen.add(norm(v));
    out.push(v);
  }
  return out;
}

/**
 * The rows for the options: an existing row is kept (with everything typed into it) for each
 * combination it matches; a new combination gets `makeRow(options)`. Rows whose combination
 * is gone: an existing variant stays, inactive and marked removed (orders may point at it,
 * so it is never deleted); a row never saved is dropped. A removed variant whose combination
 * comes back is active again.
 */
export function generateMatrix<R extends TMatrixRow>(
  defs: readonly TOptionDef[],
  rows: readonly R[],
  makeRow: (options: Record<string, string>) => R,
): R[] {
  const names = defs.map((d) => d.name.trim()).filter(Boolean);
  const combos = combinations(defs);
  const byKey = new Map<string, R>();
  for (const r of rows) {
    const fits = Object.keys(r.options).length === names.length && names.every((n) => n in r.options);
    const key = fits ? comboKey(names, r.options) : null;
    if (key !== null && !byKey.has(key)) byKey.set(key, r);
  }
  const used = new Set<R>();
  const out: R[] = combos.map((options) => {
    const existing = byKey.get(comboKey(names, options));
    if (!existing) return makeRow(options);
    used.add(existing);
    // The combination's spelling follows the option values as typed now.
    return existing.isRemoved ? { ...existing, options, isActive: true, isRemoved: false } : { ...existing, options };
  });
  for (const r of rows) {
    if (used.has(r) || !r.id) continue;
    out.push({ ...r, isActive: false, isRemoved: true });
  }
  return out;
}

/** "Linen Shirt!" / "M" → "LINEN-SHIRT", "M": upper-case letters and digits joined by "-". */
export function skuPart(text: string, max = 24): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}

/** A SKU from the product's slug (or title) and the option values: "LINEN-SHIRT-M-BLACK". */
export function suggestSku(base: string, options: Readonly<Record<string, string>>, optionNames: readonly string[]) {
  const head = skuPart(base, 30) || "SKU";
  const tail = optionNames.map((n) => skuPart(options[n] ?? "", 12)).filter(Boolean);
  return [head, ...tail].join("-").slice(0, 60).replace(/-+$/g, "");
}

/** `sku`, or `sku-2`, `sku-3`… : the first one not in `taken` (upper-case). */
export function uniqueSku(sku: string, taken: ReadonlySet<string>): string {
  const base = sku.toUpperCase();
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** "M / Black"; no options → "Default" (what the variant title defaults to). */
export function rowLabel(optionNames: readonly string[], options: Readonly<Record<string, string>>): string {
  const parts = optionNames.map((n) => options[n]).filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(" / ") : "Default";
}
