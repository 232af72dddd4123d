// Expands the product tables into createProduct inputs: one variant per option combination
// with a stable SKU, prices in pesewas, deterministic stock (a hash of the SKU, so every run
// builds exactly the same catalog) and one illustration per colour.
import { createHash } from "node:crypto";
import { slugify, type TVariantInput } from "@/lib/catalog/schemas";
import type { TArtKind } from "../../scripts/generate-images-art.ts";
import { VENDORS } from "./accounts.ts";
import { FASHION } from "./products-fashion.ts";
import { HOME_BEAUTY } from "./products-home-beauty.ts";
import { KIDS_BABY } from "./products-kids.ts";
import { SHOES_BAGS } from "./products-shoes-bags.ts";
import { TECH } from "./products-tech.ts";
import type { TProductRow, TVendorKey } from "./types.ts";

export const PRODUCT_ROWS: TProductRow[] = [...FASHION, ...SHOES_BAGS, ...TECH, ...HOME_BEAUTY, ...KIDS_BABY];

export type TBuiltProduct = {
  vendorKey: TVendorKey;
  categorySlug: string;
  slug: string;
  title: string;
  brand: string;
  description: string;
  optionNames: string[];
  isFeatured: boolean;
  leadTimeDays: number;
  variants: TVariantInput[];
  images: { kind: TArtKind; colour: string; alt: string }[];
};

function hashInt(text: string): number {
  return createHash("sha1").update(text).digest().readUInt32BE(0);
}

/** "Natural Titanium" → "NATT", "128 GB" → "128GB", "Burgundy" → "BURGU". */
function optionCode(value: string): string {
  const alnum = value.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (alnum.length <= 6) return alnum;
  const words = value
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  if (words.length === 1) return alnum.slice(0, 5);
  return (
    words[0]!.slice(0, 3) +
    words
      .slice(1)
      .map((w) => w[0])
      .join("")
  );
}

function combinations(options: Record<string, string[]>): Record<string, string>[] {
  return Object.entries(options).reduce<Record<string, string>[]>(
    (acc, [name, values]) => acc.flatMap((combo) => values.map((v) => ({ ...combo, [name]: v }))),
    [{}],
  );
}

/** Units on hand for an in-stock variant: mostly healthy, some low, a few sold out. */
function stockFor(sku: string, priceMinor: number): number {
  const h = hashInt(sku);
  if (h % 13 === 0) return 0;
  if (h % 5 === 0) return 1 + (h % 3);
  return priceMinor >= 300_000 ? 2 + (h % 6) : 4 + (h % 22);
}

function buildOne(row: TProductRow): TBuiltProduct {
  const vendor = VENDORS.find((v) => v.key === row.vendor);
  if (!vendor) throw new Error(`unknown vendor ${row.vendor}`);
  const slug = slugify(row.title);
  const code = hashInt(slug).toString(36).toUpperCase().padStart(5, "0").slice(-5);
  const optionNames = Object.keys(row.options);
  const colourKey = optionNames.find((n) => n === "Colour" || n === "Shade") ?? null;
  const firstOption = optionNames[0];
  const stockedValue = colourKey ? row.options[colourKey]![0] : firstOption ? row.options[firstOption]![0] : undefined;

  const variants = combinations(row.options).map((options): TVariantInput => {
    const sku = [vendor.sku, code, ...optionNames.map((n) => optionCode(options[n]!))].join("-");
    const priceMajor = Object.values(options).reduce((p, v) => row.priceBy?.[v] ?? p, row.price);
    const priceMinor = Math.round(priceMajor * 100);
    const compareAtMinor = row.was ? priceMinor + Math.round((row.was - row.price) * 100) : null;
    const isInStock =
      row.stock === "in" ||
      (row.stock === "mixed" && (stockedValue === undefined || Object.values(options).includes(stockedValue)));
    return isInStock
      ? { sku, options, priceMinor, compareAtMinor, availability: "IN_STOCK", stockOnHand: stockFor(sku, priceMinor) }
      : { sku, options, priceMinor, compareAtMinor, availability: "PRE_ORDER", batchCap: row.cap ?? null };
  });

  const colours = colourKey ? row.options[colourKey]!.slice(0, 4) : [row.artColour ?? "Stone"];
  return {
    vendorKey: row.vendor,
    categorySlug: row.category,
    slug,
    title: row.title,
    brand: row.brand,
    description: row.description,
    optionNames,
    isFeatured: row.featured ?? false,
    leadTimeDays: row.leadDays ?? 7,
    variants,
    images: colours.map((colour) => ({
      kind: row.art,
      colour,
      alt: colourKey ? `${row.title} — ${colour}` : row.title,
    })),
  };
}

/** The whole demo catalog; throws if two products share a slug or two variants a SKU. */
export function buildProducts(rows: TProductRow[] = PRODUCT_ROWS): TBuiltProduct[] {
  const built = rows.map(buildOne);
  const slugs = new Set<string>();
  const skus = new Set<string>();
  for (const p of built) {
    if (slugs.has(p.slug)) throw new Error(`duplicate product slug ${p.slug}`);
    slugs.add(p.slug);
    for (const v of p.variants) {
      if (skus.has(v.sku)) throw new Error(`duplicate SKU ${v.sku} (${p.title})`);
      skus.add(v.sku);
    }
  }
  return built;
}
