// Input schemas for catalog writes (products, variants, categories). Isomorphic: the vendor
// product form can validate with the same rules the server enforces.
import { z } from "zod";

/** Lower-case ASCII words joined by "-": "Men's Tees & Polos" → "mens-tees-polos". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

export const ZSlug = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single dashes");

const ZMinor = z.number().int("must be a whole number of pesewas").min(0, "must not be negative").max(100_000_000);

export const ZSku = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' and '-' only")
  // One spelling per SKU, so "kwl-1" and "KWL-1" cannot both exist.
  .transform((s) => s.toUpperCase());

const ZVariantBase = z.object({
  /** Updates only: the existing variant this row edits (its SKU may change); absent = matched by SKU. */
  id: z.string().min(1).max(40).optional(),
  sku: ZSku,
  /** Shown in the cart and orders; defaults to the option values ("M / Black"). */
  title: z.string().trim().min(1).max(120).optional(),
  options: z.record(z.string().trim().min(1).max(30), z.string().trim().min(1).max(40)).default({}),
  priceMinor: ZMinor,
  compareAtMinor: ZMinor.nullish(),
  lowStockAt: z.number().int().min(0).max(1000).optional(),
  isActive: z.boolean().optional(),
});

export const ZVariantInput = z.discriminatedUnion("availability", [
  ZVariantBase.extend({
    availability: z.literal("IN_STOCK"),
    stockOnHand: z.number().int().min(0).max(1_000_000).default(0),
  }),
  ZVariantBase.extend({
    availability: z.literal("PRE_ORDER"),
    /** Most units one batch may take; null/absent = no cap. */
    batchCap: z.number().int().positive().max(1_000_000).nullish(),
  }),
]);
export type TVariantInput = z.input<typeof ZVariantInput>;

export const ZProductImageInput = z.object({
  url: z
    .string()
    .trim()
    .max(500)
    .refine((u) => u.startsWith("/media/") || u.startsWith("https://"), "must be a /media/ path or an https URL"),
  alt: z.string().trim().max(200),
  width: z.number().int().positive().max(10_000),
  height: z.number().int().positive().max(10_000),
});

/**
 * A product's own size chart, per region: { "UK": [["Size", "Chest (cm)"], ["S", "86–91"], …] }.
 * The first row is the header; every row has one cell per header cell.
 */
export const ZProductSizeChart = z
  .record(
    z.string().trim().min(1).max(12),
    z
      .array(z.array(z.string().trim().max(40)).min(2).max(10))
      .min(2, "add a header and at least one size")
      .max(41),
  )
  .refine((c) => Object.keys(c).length <= 6, "at most 6 regions")
  .refine(
    (c) => Object.values(c).every((rows) => rows.every((r) => r.length === rows[0]!.length)),
    "every row needs one cell per column",
  )
  .refine((c) => Object.values(c).every((rows) => rows[0]!.every((h) => h !== "")), "every column needs a heading");
export type TProductSizeChart = z.infer<typeof ZProductSizeChart>;

/** Garment attributes shown on the product page (all optional; null clears). */
const ZGarmentFields = z.object({
  material: z.string().trim().max(200).nullish(),
  care: z.string().trim().max(500).nullish(),
  season: z.string().trim().max(40).nullish(),
  sizeChart: ZProductSizeChart.nullish(),
});

const ZOptionNames = z.array(z.string().trim().min(1).max(30)).max(3).default([]);

/** Every variant carries exactly the product's options, with distinct combinations and SKUs. */
function checkVariants(
  value: { optionNames?: string[] | undefined; variants?: z.infer<typeof ZVariantInput>[] | undefined },
  ctx: z.RefinementCtx,
) {
  // Update without optionNames: the stored names are checked by updateProduct instead.
  const hasNames = value.optionNames !== undefined;
  const names = value.optionNames ?? [];
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) {
    ctx.addIssue({ code: "custom", path: ["optionNames"], message: "option names must be distinct" });
  }
  if (!value.variants) return;
  const skus = new Set<string>();
  const combos = new Set<string>();
  value.variants.forEach((v, i) => {
    const keys = Object.keys(v.options);
    if (hasNames && (keys.length !== names.length || !names.every((n) => n in v.options))) {
      ctx.addIssue({
        code: "custom",
        path: ["variants", i, "options"],
        message: `must have exactly the options ${names.join(", ") || "(none)"}`,
      });
    }
    const sku = v.sku.toUpperCase();
    if (skus.has(sku))
      ctx.addIssue({ code: "custom", path: ["variants", i, "sku"], message: `duplicate SKU ${v.sku}` });
    skus.add(sku);
    const comboKeys = hasNames ? names : [...keys].sort();
    const combo = comboKeys.map((n) => `${n}=${v.options[n] ?? ""}`).join("\u0000");
    if (combos.has(combo))
      ctx.addIssue({ code: "custom", path: ["variants", i, "options"], message: "duplicate option combination" });
    combos.add(combo);
    if (v.compareAtMinor != null && v.compareAtMinor <= v.priceMinor) {
      ctx.addIssue({ code: "custom", path: ["variants", i, "compareAtMinor"], message: "must be above the price" });
    }
  });
}

const ZProductFields = z.object({
  title: z.string().trim().min(3).max(140),
  description: z.string().trim().min(1).max(5000),
  brand: z.string().trim().min(1).max(80).nullish(),
  categoryId: z.string().min(1),
  status: z.enum(["DRAFT", "ACTIVE", "ARCHIVED"]),
  isFeatured: z.boolean(),
  leadTimeDays: z.number().int().min(0).max(120),
  images: z.array(ZProductImageInput).max(12),
});

export const ZCreateProductInput = ZProductFields.partial({
  brand: true,
  status: true,
  isFeatured: true,
  leadTimeDays: true,
  images: true,
})
  .extend(ZGarmentFields.shape)
  .extend({
    vendorId: z.string().min(1),
    /** Generated from the title (and made unique) when absent. */
    slug: ZSlug.optional(),
    /** Defaults to the vendor's origin. */
    originId: z.string().min(1).optional(),
    optionNames: ZOptionNames,
    variants: z.array(ZVariantInput).min(1, "add at least one variant").max(200),
    /** Who created it: recorded on the INITIAL inventory movements. */
    actorId: z.string().min(1).nullish(),
  })
  .superRefine(checkVariants);
export type TCreateProductInput = z.input<typeof ZCreateProductInput>;

export const ZUpdateProductInput = ZProductFields.partial()
  .extend(ZGarmentFields.shape)
  .extend({
    productId: z.string().min(1),
    /** The tenant: a product of another vendor is "not found". */
    vendorId: z.string().min(1),
    slug: ZSlug.optional(),
    originId: z.string().min(1).optional(),
    /**
     * The editor's mode: existing variants keep their stock on hand (it changes only through
     * stock adjustments); an IN_STOCK row's stockOnHand is the opening stock of NEW variants.
     */
    keepStock: z.boolean().optional(),
    optionNames: z.array(z.string().trim().min(1).max(30)).max(3).optional(),
    /** Upserted by id when given, else by SKU; existing variants missing from the list are deactivated. */
    variants: z.array(ZVariantInput).min(1).max(200).optional(),
    actorId: z.string().min(1).nullish(),
  })
  .superRefine(checkVariants);
export type TUpdateProductInput = z.input<typeof ZUpdateProductInput>;

export const ZSizeChart = z
  .object({
    columns: z.array(z.string().trim().min(1).max(40)).min(2).max(10),
    rows: z
      .array(z.array(z.string().trim().max(40)))
      .min(1)
      .max(40),
    note: z.string().trim().max(300).optional(),
  })
  .refine((c) => c.rows.every((r) => r.length === c.columns.length), "every row needs one cell per column");
export type TSizeChart = z.infer<typeof ZSizeChart>;

export const ZCreateCategoryInput = z.object({
  name: z.string().trim().min(2).max(80),
  slug: ZSlug.optional(),
  description: z.string().trim().max(500).default(""),
  parentId: z.string().min(1).nullish(),
  position: z.number().int().min(0).max(10_000).default(0),
  sizeChart: ZSizeChart.nullish(),
});
export type TCreateCategoryInput = z.input<typeof ZCreateCategoryInput>;

// ---- The vendor product editor (/vendor/products/new and /[id]) ----------------------------

/** Lowest price the editor accepts: GH₵ 1. */
export const MIN_VARIANT_PRICE_MINOR = 100;

/** One row of the editor's variant matrix. Prices are pesewas (the form converts cedis). */
export const ZVendorVariantRow = z.object({
  /** The existing variant this row edits; absent for a new one. */
  id: z.string().min(1).max(40).optional(),
  /** Blank: generated from the product slug and the option values. */
  sku: z.string().trim().max(64).default(""),
  options: z.record(z.string().trim().min(1).max(30), z.string().trim().max(40)).default({}),
  priceMinor: z.number().int().min(0).max(100_000_000),
  compareAtMinor: z.number().int().min(0).max(100_000_000).nullish(),
  availability: z.enum(["IN_STOCK", "PRE_ORDER"]),
  /** Opening stock of a NEW in-stock variant; existing variants change through /vendor/stock. */
  stockOnHand: z.number().int().min(0).max(1_000_000).optional(),
  batchCap: z.number().int().min(0).max(1_000_000).nullish(),
  isActive: z.boolean().default(true),
});
export type TVendorVariantRow = z.input<typeof ZVendorVariantRow>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => s || null);

export const ZVendorProductForm = z
  .object({
    /** Absent: a new product. */
    productId: z.string().min(1).max(40).optional(),
    title: z.string().trim().min(3, "at least 3 characters").max(140),
    description: z.string().trim().min(1, "describe the product").max(5000),
    categoryId: z.string().min(1, "choose a category").max(40),
    originId: z.string().min(1).max(40).optional(),
    status: z.enum(["DRAFT", "ACTIVE", "ARCHIVED"]),
    leadTimeDays: z.number().int().min(0).max(120),
    material: optionalText(200),
    care: optionalText(500),
    season: optionalText(40),
    sizeChart: ZProductSizeChart.nullish(),
    optionNames: z.array(z.string().trim().min(1, "name the option").max(30)).max(3, "at most 3 options").default([]),
    variants: z.array(ZVendorVariantRow).min(1, "add at least one variant").max(200),
  })
  .superRefine((form, ctx) => {
    const names = form.optionNames;
    if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) {
      ctx.addIssue({ code: "custom", path: ["optionNames"], message: "option names must be distinct" });
    }
    const skus = new Map<string, number>();
    const combos = new Map<string, number>();
    form.variants.forEach((v, i) => {
      const label = `Row ${i + 1} (${
        names
          .map((n) => v.options[n])
          .filter(Boolean)
          .join(" / ") || "Default"
      })`;
      const issue = (field: string, message: string) =>
        ctx.addIssue({ code: "custom", path: ["variants", i, field], message: `${label}: ${message}` });
      const keys = Object.keys(v.options);
      if (keys.length !== names.length || !names.every((n) => (v.options[n] ?? "").trim() !== "")) {
        issue("options", `needs a value for each option (${names.join(", ")})`);
      }
      if (v.priceMinor < MIN_VARIANT_PRICE_MINOR) issue("priceMinor", "price must be at least GH₵ 1");
      if (v.compareAtMinor != null && v.compareAtMinor <= v.priceMinor) {
        issue("compareAtMinor", "compare-at price must be above the price");
      }
      if (v.availability === "PRE_ORDER" && v.batchCap === 0) issue("batchCap", "batch cap must be at least 1");
      if (v.sku) {
        const parsed = ZSku.safeParse(v.sku);
        if (!parsed.success) issue("sku", `SKU ${parsed.error.issues[0]?.message ?? "is not valid"}`);
        else {
          const prev = skus.get(parsed.data);
          if (prev !== undefined) issue("sku", `SKU ${parsed.data} is already used by row ${prev + 1}`);
          else skus.set(parsed.data, i);
        }
      }
      const combo = names.map((n) => (v.options[n] ?? "").trim().toLowerCase()).join("\u0000");
      const prevCombo = combos.get(combo);
      if (prevCombo !== undefined) issue("options", `same options as row ${prevCombo + 1}`);
      else combos.set(combo, i);
    });
    if (form.status === "ACTIVE" && !form.variants.some((v) => v.isActive !== false)) {
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message: "an active product needs at least one active variant",
      });
    }
  });
export type TVendorProductForm = z.input<typeof ZVendorProductForm>;

/** Bulk archive / activate from the products list (at most one page). */
export const ZVendorProductsStatusInput = z.object({
  productIds: z.array(z.string().min(1).max(40)).min(1, "select at least one product").max(100),
  status: z.enum(["ACTIVE", "ARCHIVED"]),
});
export type TVendorProductsStatusInput = z.input<typeof ZVendorProductsStatusInput>;
