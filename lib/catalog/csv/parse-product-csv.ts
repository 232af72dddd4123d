// Reads a vendor product CSV (columns.ts) into validated rows, without touching the database:
// papaparse for the CSV grammar (quotes, embedded commas and newlines, BOM), a header check
// naming the missing and unknown columns, zod per row, and the rows grouped by handle with
// the product columns checked to agree. What the rows mean against the catalog (create,
// update, another shop's SKU) is plan-product-import.ts.
import Papa from "papaparse";
import { z } from "zod";
import { parseMoney } from "@/lib/money";
import { ZSku, ZSlug } from "@/lib/catalog/schemas";
import {
  PRODUCT_CSV_COLUMNS,
  PRODUCT_CSV_MAX_ROWS,
  PRODUCT_LEVEL_COLUMNS,
  type TProductCsvColumn,
} from "@/lib/catalog/csv/columns";

export type TCsvReject = { line: number; sku: string; reason: string };

const blankToNull = (s: string) => (s.trim() === "" ? null : s.trim());

function issue(ctx: z.RefinementCtx, message: string) {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

const ZText = (min: number, max: number) => z.string().trim().min(min).max(max);
const ZOptionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => blankToNull(s));

const ZMoney = (optional: boolean) =>
  z.string().transform((s, ctx) => {
    if (s.trim() === "") return optional ? null : issue(ctx, "is required");
    const minor = parseMoney(s);
    if (minor === null || minor < 0 || minor > 100_000_000) {
      return issue(ctx, `"${s.trim()}" is not an amount in cedis like 129.99`);
    }
    return minor;
  });

const ZOptionalInt = (min: number, max: number) =>
  z.string().transform((s, ctx) => {
    const t = s.trim();
    if (t === "") return null;
    if (!/^\d+$/.test(t) || Number(t) < min || Number(t) > max) {
      return issue(ctx, `"${t}" is not a whole number from ${min} to ${max}`);
    }
    return Number(t);
  });

const ZEnumCell = <T extends string>(values: readonly T[], optional: boolean) =>
  z.string().transform((s, ctx) => {
    const t = s.trim();
    if (t === "") return optional ? null : issue(ctx, `is required (${values.join(" or ").toLowerCase()})`);
    const hit = values.find((v) => v === t.toUpperCase().replace(/[\s-]/g, "_"));
    return hit ?? issue(ctx, `"${t}" is not one of ${values.join(", ").toLowerCase()}`);
  });

const ZBoolCell = z.string().transform((s, ctx) => {
  const t = s.trim().toLowerCase();
  if (t === "" || ["true", "yes", "1", "y"].includes(t)) return true;
  if (["false", "no", "0", "n"].includes(t)) return false;
  return issue(ctx, `"${s.trim()}" is not true or false`);
});

const ZRow = z
  .object({
    handle: ZSlug,
    title: ZText(3, 140),
    description: ZText(1, 5000),
    category: ZText(1, 80).toLowerCase(),
    status: ZEnumCell(["DRAFT", "ACTIVE", "ARCHIVED"] as const, true),
    origin: ZOptionalText(40).transform((s) => s?.toUpperCase() ?? null),
    lead_time_days: ZOptionalInt(0, 120),
    material: ZOptionalText(200),
    care: ZOptionalText(500),
    season: ZOptionalText(80),
    option1_name: ZOptionalText(30),
    option1_value: ZOptionalText(40),
    option2_name: ZOptionalText(30),
    option2_value: ZOptionalText(40),
    option3_name: ZOptionalText(30),
    option3_value: ZOptionalText(40),
    sku: ZSku,
    price: ZMoney(false),
    compare_at_price: ZMoney(true),
    availability: ZEnumCell(["IN_STOCK", "PRE_ORDER"] as const, false),
    stock_on_hand: ZOptionalInt(0, 1_000_000),
    batch_cap: ZOptionalInt(1, 1_000_000),
    active: ZBoolCell,
  })
  .superRefine((r, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const names: string[] = [];
    for (const i of [1, 2, 3] as const) {
      const name = r[`option${i}_name`];
      const value = r[`option${i}_value`];
      if (name && !value) add(`option${i}_value`, `is required when option${i}_name is "${name}"`);
      if (!name && value) add(`option${i}_value`, `is set but option${i}_name is blank`);
      if (name) {
        if (names.some((n) => n.toLowerCase() === name.toLowerCase())) add(`option${i}_name`, `"${name}" is repeated`);
        names.push(name);
      }
    }
    if (r.price !== null && r.compare_at_price !== null && r.compare_at_price <= r.price) {
      add("compare_at_price", "must be above price");
    }
    if (r.availability === "PRE_ORDER" && r.stock_on_hand) {
      add("stock_on_hand", "must be blank for a pre_order variant (pre-orders hold no stock)");
    }
    if (r.availability === "IN_STOCK" && r.batch_cap !== null) {
      add("batch_cap", "must be blank for an in_stock variant");
    }
  });
type TRowOut = z.output<typeof ZRow>;

export type TCsvProductFields = {
  title: string;
  description: string;
  categorySlug: string;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED" | null;
  originCode: string | null;
  leadTimeDays: number | null;
  material: string | null;
  care: string | null;
  season: string | null;
  optionNames: string[];
};

export type TCsvVariantFields = {
  sku: string;
  options: Record<string, string>;
  priceMinor: number;
  compareAtMinor: number | null;
  availability: "IN_STOCK" | "PRE_ORDER";
  /** null: blank cell (0 for a new variant, unchanged for an existing one). */
  stockOnHand: number | null;
  batchCap: number | null;
  isActive: boolean;
};

export type TCsvRow = { line: number; variant: TCsvVariantFields };
export type TCsvProduct = { handle: string; product: TCsvProductFields; rows: TCsvRow[] };

export type TParsedProductCsv =
  { ok: false; error: string } | { ok: true; totalRows: number; products: TCsvProduct[]; rejects: TCsvReject[] };

function toFields(r: TRowOut): { product: TCsvProductFields; variant: TCsvVariantFields } {
  const optionNames: string[] = [];
  const options: Record<string, string> = {};
  for (const i of [1, 2, 3] as const) {
    const name = r[`option${i}_name`];
    if (!name) continue;
    optionNames.push(name);
    options[name] = r[`option${i}_value`] ?? "";
  }
  return {
    product: {
      title: r.title,
      description: r.description,
      categorySlug: r.category,
      status: r.status,
      originCode: r.origin,
      leadTimeDays: r.lead_time_days,
      material: r.material,
      care: r.care,
      season: r.season,
      optionNames,
    },
    variant: {
      sku: r.sku,
      options,
      priceMinor: r.price ?? 0,
      compareAtMinor: r.compare_at_price,
      availability: r.availability ?? "IN_STOCK",
      stockOnHand: r.availability === "IN_STOCK" ? r.stock_on_hand : null,
      batchCap: r.availability === "PRE_ORDER" ? r.batch_cap : null,
      isActive: r.active,
    },
  };
}

const formatIssues = (e: z.ZodError) =>
  e.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");

/** The header's problems as one sentence, or null when it has exactly the documented columns. */
export function checkProductCsvHeader(header: string[]): string | null {
  const seen = header.map((h) => h.trim().toLowerCase());
  const known = new Set<string>(PRODUCT_CSV_COLUMNS);
  const missing = PRODUCT_CSV_COLUMNS.filter((c) => !seen.includes(c));
  const unknown = seen.filter((c) => !known.has(c));
  const repeated = seen.filter((c, i) => known.has(c) && seen.indexOf(c) !== i);
  const parts: string[] = [];
  if (missing.length) parts.push(`missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`);
  if (unknown.length) parts.push(`unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`);
  if (repeated.length) parts.push(`repeated column${repeated.length > 1 ? "s" : ""}: ${repeated.join(", ")}`);
  return parts.length ? `The header row does not match the template (${parts.join("; ")}).` : null;
}

const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

type TRawRow = { line: number; cells: string[]; error: string | null };

/** papaparse, one record at a time, with the file line each record starts on (1 = the header). */
function readRecords(text: string): TRawRow[] {
  const out: TRawRow[] = [];
  let prevCursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    step(result) {
      const start = line;
      const end = result.meta.cursor;
      for (let i = prevCursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      prevCursor = end;
      // The export quotes formula-like cells with a leading ' (export-vendor-products.ts): undo it.
      const cells = result.data.map((c) => (ESCAPED_FORMULA.test(c) ? c.slice(1) : c));
      if (cells.every((c) => c.trim() === "")) return; // blank line
      const error = result.errors[0] ? `the CSV is malformed here (${result.errors[0].message})` : null;
      out.push({ line: start, cells, error });
    },
  });
  return out;
}

/**
 * Parses and validates a vendor product CSV. A bad header → { ok: false, error }. Otherwise
 * every row is either in a product of `products` or in `rejects` with its line and reason;
 * when any row of a handle is rejected, so are all the others (a product is imported whole).
 */
export function parseProductCsv(input: string): TParsedProductCsv {
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, error: "The file is empty." };
  const records = readRecords(text);
  const [head, ...rows] = records;
  if (!head) return { ok: false, error: "The file is empty." };
  const header = head.cells.map((h) => h.trim().toLowerCase());
  const headerError = checkProductCsvHeader(header);
  if (headerError) return { ok: false, error: headerError };
  if (rows.length === 0) return { ok: false, error: "The file has a header but no rows." };
  if (rows.length > PRODUCT_CSV_MAX_ROWS) {
    return {
      ok: false,
      error: `The file has ${rows.length.toLocaleString("en-GH")} rows; split it into files of at most ${PRODUCT_CSV_MAX_ROWS.toLocaleString("en-GH")}.`,
    };
  }
  const index = new Map(header.map((h, i) => [h as TProductCsvColumn, i]));

  type TGroup = { handle: string; rows: { line: number; sku: string; fields?: ReturnType<typeof toFields> }[] };
  const groups = new Map<string, TGroup>();
  const reasons = new Map<number, string>(); // line → why this row is rejected
  const orphanRejects: TCsvReject[] = []; // rows without a usable handle

  for (const raw of rows) {
    const record = Object.fromEntries(PRODUCT_CSV_COLUMNS.map((c) => [c, raw.cells[index.get(c)!] ?? ""])) as Record<
      TProductCsvColumn,
      string
    >;
    const sku = record.sku.trim().toUpperCase();
    const handle = record.handle.trim().toLowerCase();
    let reason: string | null = raw.error;
    if (!reason && raw.cells.length !== header.length) {
      reason = `the row has ${raw.cells.length} cells but the header has ${header.length}`;
    }
    let fields: ReturnType<typeof toFields> | undefined;
    if (!reason) {
      const parsed = ZRow.safeParse(record);
      if (parsed.success) fields = toFields(parsed.data);
      else reason = formatIssues(parsed.error);
    }
    if (!handle) {
      orphanRejects.push({ line: raw.line, sku, reason: reason ?? "handle: is required" });
      continue;
    }
    if (reason) reasons.set(raw.line, reason);
    const group = groups.get(handle) ?? { handle, rows: [] };
    group.rows.push({ line: raw.line, sku, ...(fields ? { fields } : {}) });
    groups.set(handle, group);
  }

  // A product's rows must agree on the product columns (compared as parsed: "active" = "ACTIVE").
  for (const group of groups.values()) {
    const first = group.rows.find((r) => r.fields);
    if (!first?.fields) continue;
    const base = first.fields.product;
    for (const r of group.rows) {
      if (!r.fields || r === first) continue;
      const differs = PRODUCT_LEVEL_COLUMNS.filter(
        (c) => productColumn(r.fields!.product, c) !== productColumn(base, c),
      );
      if (differs.length) {
        reasons.set(
          r.line,
          `${differs.join(", ")} ${differs.length > 1 ? "differ" : "differs"} from line ${first.line} of the same handle (a product's columns must be the same on each of its rows)`,
        );
      }
    }
  }

  const products: TCsvProduct[] = [];
  const rejects: TCsvReject[] = [...orphanRejects];
  for (const group of groups.values()) {
    const bad = group.rows.filter((r) => reasons.has(r.line));
    if (bad.length === 0) {
      products.push({
        handle: group.handle,
        product: group.rows[0]!.fields!.product,
        rows: group.rows.map((r) => ({ line: r.line, variant: r.fields!.variant })),
      });
      continue;
    }
    rejects.push(...rejectProductRows(group.handle, group.rows, reasons));
  }
  rejects.sort((a, b) => a.line - b.line);
  return { ok: true, totalRows: rows.length, products, rejects };
}

/** Every row of a rejected product: its own reason, or which of its sibling rows sank it. */
export function rejectProductRows(
  handle: string,
  rows: readonly { line: number; sku: string }[],
  reasons: ReadonlyMap<number, string>,
): TCsvReject[] {
  const badLines = rows.filter((r) => reasons.has(r.line)).map((r) => r.line);
  const where = badLines.length > 1 ? `lines ${badLines.join(", ")}` : `line ${badLines[0]}`;
  return rows.map((r) => ({
    line: r.line,
    sku: r.sku,
    reason: reasons.get(r.line) ?? `not imported: product "${handle}" has a rejected row (${where})`,
  }));
}

function productColumn(p: TCsvProductFields, c: (typeof PRODUCT_LEVEL_COLUMNS)[number]): string {
  switch (c) {
    case "title":
      return p.title;
    case "description":
      return p.description;
    case "category":
      return p.categorySlug;
    case "status":
      return p.status ?? "";
    case "origin":
      return p.originCode ?? "";
    case "lead_time_days":
      return String(p.leadTimeDays ?? "");
    case "material":
      return p.material ?? "";
    case "care":
      return p.care ?? "";
    case "season":
      return p.season ?? "";
    case "option1_name":
      return p.optionNames[0] ?? "";
    case "option2_name":
      return p.optionNames[1] ?? "";
    case "option3_name":
      return p.optionNames[2] ?? "";
  }
}
