import "server-only";
import { type Db, prisma } from "@/lib/db";
import {
  rejectProductRows,
  type TCsvProduct,
  type TCsvReject,
  type TParsedProductCsv,
} from "@/lib/catalog/csv/parse-product-csv";
import { mergeVariants, type TStoredVariant } from "@/lib/catalog/csv/merge-variants";

// What a parsed file means against the catalog, for one vendor: each product becomes a
// create or an update (matched by its SKUs, else by its handle), or is rejected whole with a
// reason on each of its rows. Read-only; the preview stores its counts and the apply job
// plans again from the same file (the catalog may have moved in between).

export type TPlannedProduct = TCsvProduct & {
  /** The vendor's product this handle updates; null = a new product. */
  productId: string | null;
  categoryId: string;
  /** null: the vendor's origin (new) or unchanged (update). */
  originId: string | null;
  /** Rows whose SKU is a variant of this product already. */
  updateLines: number[];
};

export type TProductImportPlan = {
  totalRows: number;
  products: TPlannedProduct[];
  rejects: TCsvReject[];
  createCount: number;
  updateCount: number;
};

const CHUNK = 1000;

async function inChunks<T, R>(items: readonly T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))));
  return out;
}

export const STORED_VARIANT_SELECT = {
  id: true,
  sku: true,
  title: true,
  options: true,
  priceMinor: true,
  compareAtMinor: true,
  availability: true,
  stockOnHand: true,
  reserved: true,
  batchCap: true,
  isActive: true,
  position: true,
  productId: true,
} as const;

export async function planProductImport(
  { vendorId, parsed }: { vendorId: string; parsed: Extract<TParsedProductCsv, { ok: true }> },
  db: Db = prisma,
): Promise<TProductImportPlan> {
  const { products } = parsed;
  const allSkus = [...new Set(products.flatMap((p) => p.rows.map((r) => r.variant.sku)))];
  const handles = products.map((p) => p.handle);

  const [skuRows, slugRows, categories, origins] = await Promise.all([
    inChunks(allSkus, (skus) =>
      db.variant.findMany({
        where: { sku: { in: skus } },
        select: { sku: true, productId: true, product: { select: { vendorId: true } } },
      }),
    ),
    inChunks(handles, (slugs) =>
      db.product.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, vendorId: true } }),
    ),
    db.category.findMany({
      where: { slug: { in: [...new Set(products.map((p) => p.product.categorySlug))] } },
      select: { id: true, slug: true },
    }),
    db.origin.findMany({
      where: { code: { in: [...new Set(products.flatMap((p) => p.product.originCode ?? []))] } },
      select: { id: true, code: true },
    }),
  ]);
  const skuOwner = new Map(skuRows.map((v) => [v.sku, { productId: v.productId, vendorId: v.product.vendorId }]));
  const bySlug = new Map(slugRows.map((p) => [p.slug, p]));
  const categoryId = new Map(categories.map((c) => [c.slug, c.id]));
  const originId = new Map(origins.map((o) => [o.code, o.id]));

  const skuLines = new Map<string, number[]>();
  for (const p of products)
    for (const r of p.rows) skuLines.set(r.variant.sku, [...(skuLines.get(r.variant.sku) ?? []), r.line]);

  // Which existing product each handle updates (by its SKUs, else by its handle).
  const target = new Map<string, { productId: string | null; error: string | null }>();
  for (const p of products) {
    const own = new Set(
      p.rows.flatMap((r) => {
        const o = skuOwner.get(r.variant.sku);
        return o && o.vendorId === vendorId ? [o.productId] : [];
      }),
    );
    const slugHit = bySlug.get(p.handle);
    if (own.size > 1) {
      target.set(p.handle, {
        productId: null,
        error: `its SKUs belong to ${own.size} different products; one handle is one product`,
      });
    } else if (own.size === 1) {
      const productId = [...own][0]!;
      const clash = slugHit && slugHit.id !== productId;
      target.set(p.handle, {
        productId,
        error: clash ? `the handle "${p.handle}" is already used by another product` : null,
      });
    } else if (slugHit) {
      target.set(p.handle, {
        productId: slugHit.vendorId === vendorId ? slugHit.id : null,
        error:
          slugHit.vendorId === vendorId
            ? null
            : `the handle "${p.handle}" is used by another shop's product; choose another`,
      });
    } else target.set(p.handle, { productId: null, error: null });
  }

  const updatedIds = [...new Set([...target.values()].flatMap((t) => (t.productId && !t.error ? [t.productId] : [])))];
  const [storedProducts, storedVariants] = await Promise.all([
    inChunks(updatedIds, (ids) =>
      db.product.findMany({ where: { id: { in: ids } }, select: { id: true, optionNames: true } }),
    ),
    inChunks(updatedIds, (ids) =>
      db.variant.findMany({ where: { productId: { in: ids } }, select: STORED_VARIANT_SELECT }),
    ),
  ]);
  const optionNamesOf = new Map(storedProducts.map((p) => [p.id, p.optionNames]));
  const variantsOf = new Map<string, TStoredVariant[]>();
  for (const v of storedVariants) variantsOf.set(v.productId, [...(variantsOf.get(v.productId) ?? []), v]);

  const planned: TPlannedProduct[] = [];
  const rejects: TCsvReject[] = [...parsed.rejects];
  let createCount = 0;
  let updateCount = 0;
  for (const p of products) {
    const reasons = new Map<number, string>();
    for (const r of p.rows) {
      const lines = skuLines.get(r.variant.sku)!;
      const owner = skuOwner.get(r.variant.sku);
      if (lines.length > 1) {
        reasons.set(r.line, `SKU ${r.variant.sku} is on lines ${lines.join(", ")}; each SKU may appear once in a file`);
      } else if (owner && owner.vendorId !== vendorId)
        reasons.set(r.line, `SKU ${r.variant.sku} is used by another shop`);
    }
    const t = target.get(p.handle)!;
    const productErrors: string[] = [];
    if (t.error) productErrors.push(t.error);
    const catId = categoryId.get(p.product.categorySlug);
    if (!catId) productErrors.push(`category: unknown category "${p.product.categorySlug}"`);
    const orgId = p.product.originCode ? originId.get(p.product.originCode) : null;
    if (p.product.originCode && !orgId) productErrors.push(`origin: unknown origin "${p.product.originCode}"`);

    const productId = t.error ? null : t.productId;
    if (reasons.size === 0 && productErrors.length === 0) {
      const merged = mergeVariants({
        optionNames: p.product.optionNames,
        storedOptionNames: productId ? (optionNamesOf.get(productId) ?? []) : null,
        rows: p.rows,
        stored: productId ? (variantsOf.get(productId) ?? []) : [],
      });
      if (merged.productError) productErrors.push(merged.productError);
      for (const [line, reason] of merged.rowErrors) reasons.set(line, reason);
    }
    if (productErrors.length)
      for (const r of p.rows) if (!reasons.has(r.line)) reasons.set(r.line, productErrors.join("; "));
    if (reasons.size) {
      rejects.push(
        ...rejectProductRows(
          p.handle,
          p.rows.map((r) => ({ line: r.line, sku: r.variant.sku })),
          reasons,
        ),
      );
      continue;
    }
    const storedSkus = new Set((productId ? (variantsOf.get(productId) ?? []) : []).map((v) => v.sku));
    const updateLines = p.rows.filter((r) => storedSkus.has(r.variant.sku)).map((r) => r.line);
    updateCount += updateLines.length;
    createCount += p.rows.length - updateLines.length;
    planned.push({ ...p, productId, categoryId: catId!, originId: orgId ?? null, updateLines });
  }
  rejects.sort((a, b) => a.line - b.line);
  return { totalRows: parsed.totalRows, products: planned, rejects, createCount, updateCount };
}
