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
  .extend({
    productId: z.string().min(1),
    /** The tenant: a product of another vendor is "not found". */
    vendorId: z.string().min(1),
    slug: ZSlug.optional(),
    optionNames: z.array(z.string().trim().min(1).max(30)).max(3).optional(),
    /** Upserted by SKU; existing variants missing from the list are deactivated. */
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
