import "server-only";
import type { TVariantInput } from "@/lib/catalog/schemas";
import type { TCsvRow } from "@/lib/catalog/csv/parse-product-csv";

/** A stored variant of the product being updated, as merge needs it. */
export type TStoredVariant = {
  id: string;
  sku: string;
  title: string;
  options: unknown;
  priceMinor: number;
  compareAtMinor: number | null;
  availability: "IN_STOCK" | "PRE_ORDER";
  stockOnHand: number;
  reserved: number;
  batchCap: number | null;
  isActive: boolean;
  position: number;
};

export type TStockFix = { variantId: string; sku: string; line: number; current: number; target: number };

export type TMergedVariants = {
  /** The product's full variant list for createProduct/updateProduct, in display order. */
  variants: TVariantInput[];
  /** Existing in-stock variants whose stock_on_hand differs: recorded through adjustStock afterwards. */
  stockFixes: TStockFix[];
  /** line → why that row cannot be applied. */
  rowErrors: Map<number, string>;
  /** Why the product as a whole cannot be applied (applies to each of its rows). */
  productError: string | null;
};

const MAX_VARIANTS = 200;

function optionsOf(v: unknown): Record<string, string> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, string>) : {};
}

const sameOptions = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * The variant list an import writes for one product: the file's rows merged into the stored
 * variants by SKU, keeping the stored order (new SKUs appended in file order) and keeping the
 * active variants the file leaves out exactly as they are (a file may list only some of a
 * product's variants; `active=false` deactivates one). An existing in-stock variant's stock
 * is passed through unchanged here: a different figure becomes a stock fix (a CORRECTION
 * movement), never a silent overwrite.
 */
export function mergeVariants(args: {
  optionNames: string[];
  storedOptionNames: string[] | null;
  rows: readonly TCsvRow[];
  stored: readonly TStoredVariant[];
}): TMergedVariants {
  const rowErrors = new Map<number, string>();
  const stockFixes: TStockFix[] = [];
  const bySku = new Map(args.stored.map((v) => [v.sku, v]));
  const rowBySku = new Map(args.rows.map((r) => [r.variant.sku, r]));
  const namesChanged =
    args.storedOptionNames !== null &&
    (args.storedOptionNames.length !== args.optionNames.length ||
      args.storedOptionNames.some((n, i) => n !== args.optionNames[i]));

  const left = args.stored.filter((v) => v.isActive && !rowBySku.has(v.sku));
  let productError: string | null = null;
  if (namesChanged && left.length) {
    productError =
      `the options change from "${args.storedOptionNames!.join(", ") || "none"}" to "${args.optionNames.join(", ") || "none"}": ` +
      `list every variant of the product in the file (missing: ${left.map((v) => v.sku).join(", ")})`;
  }

  const toInput = (r: TCsvRow): TVariantInput => {
    const v = r.variant;
    const cur = bySku.get(v.sku);
    const base = {
      sku: v.sku,
      options: v.options,
      priceMinor: v.priceMinor,
      compareAtMinor: v.compareAtMinor,
      isActive: v.isActive,
      // A stored title (the editor may name a variant) survives while its options are unchanged.
      ...(cur && sameOptions(optionsOf(cur.options), v.options) ? { title: cur.title } : {}),
    };
    if (v.availability === "PRE_ORDER") {
      if (cur && cur.availability === "IN_STOCK" && cur.reserved > 0) {
        rowErrors.set(r.line, `${cur.reserved} unit(s) are held by open checkouts; it cannot become pre_order now`);
      }
      return { ...base, availability: "PRE_ORDER", batchCap: v.batchCap };
    }
    if (!cur) return { ...base, availability: "IN_STOCK", stockOnHand: v.stockOnHand ?? 0 };
    const current = cur.availability === "IN_STOCK" ? cur.stockOnHand : 0;
    const target = v.stockOnHand ?? current;
    if (target < cur.reserved) {
      rowErrors.set(r.line, `stock_on_hand ${target} is below the ${cur.reserved} unit(s) held by open checkouts`);
    }
    if (target !== current) stockFixes.push({ variantId: cur.id, sku: v.sku, line: r.line, current, target });
    return { ...base, availability: "IN_STOCK", stockOnHand: current };
  };

  const keep = (v: TStoredVariant): TVariantInput => {
    const base = {
      sku: v.sku,
      title: v.title,
      options: optionsOf(v.options),
      priceMinor: v.priceMinor,
      compareAtMinor: v.compareAtMinor,
      isActive: v.isActive,
    };
    return v.availability === "IN_STOCK"
      ? { ...base, availability: "IN_STOCK", stockOnHand: v.stockOnHand }
      : { ...base, availability: "PRE_ORDER", batchCap: v.batchCap };
  };

  const ordered: TVariantInput[] = [];
  const sorted = [...args.stored].sort((a, b) => a.position - b.position);
  for (const v of sorted) {
    const row = rowBySku.get(v.sku);
    if (row) ordered.push(toInput(row));
    else if (v.isActive) ordered.push(keep(v));
  }
  for (const r of args.rows) if (!bySku.has(r.variant.sku)) ordered.push(toInput(r));

  // Each option combination once among the variants written (listed rows and kept variants).
  const combos = new Map<string, { line: number | null; sku: string }[]>();
  for (const v of ordered) {
    const key = args.optionNames.map((n) => `${n}=${v.options?.[n] ?? ""}`).join("\u0000");
    combos.set(key, [...(combos.get(key) ?? []), { line: rowBySku.get(v.sku)?.line ?? null, sku: v.sku }]);
  }
  for (const [key, users] of combos) {
    if (users.length < 2) continue;
    const label =
      key
        .split("\u0000")
        .map((kv) => kv.slice(kv.indexOf("=") + 1))
        .join(" / ") || "(no options)";
    for (const u of users) {
      if (u.line === null) continue;
      const others = users.filter((o) => o !== u).map((o) => (o.line === null ? `variant ${o.sku}` : `line ${o.line}`));
      rowErrors.set(u.line, `the option combination ${label} is also used by ${others.join(", ")}`);
    }
  }

  if (!productError && ordered.length > MAX_VARIANTS) {
    productError = `a product has at most ${MAX_VARIANTS} variants (this one would have ${ordered.length})`;
  }
  return { variants: ordered, stockFixes, rowErrors, productError };
}
