import "server-only";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { type Db, prisma } from "@/lib/db";
import { ZVendorProductForm, type TVariantInput, type TVendorProductForm } from "@/lib/catalog/schemas";
import { createProduct, type TCreatedProduct } from "@/lib/catalog/create-product";
import { updateProduct } from "@/lib/catalog/update-product";
import { slugify } from "@/lib/catalog/schemas";
import { suggestSku, uniqueSku } from "@/lib/catalog/client/variant-matrix";

export type TSaveVendorProductInput = TVendorProductForm & {
  /** The tenant, from the session: a product of another vendor is "not found". */
  vendorId: string;
  /** Who saved it: recorded on opening-stock movements. */
  actorId: string | null;
};

/**
 * The vendor editor's save: validates the form row by row ("Row 3 (M / Black): price must be at
 * least GH₵ 1"), generates the SKUs left blank (product slug + option values, unique across the
 * store), then creates or updates through createProduct / updateProduct (one transaction each,
 * the catalog cache invalidated there). Existing variants keep their stock on hand: stock
 * changes go through /vendor/stock. A variant whose combination left the matrix is sent
 * inactive or left out (updateProduct deactivates it); none is ever deleted.
 */
export async function saveVendorProduct(input: TSaveVendorProductInput, db: Db = prisma): Promise<TCreatedProduct> {
  const { vendorId, actorId, ...raw } = input;
  const form = ZVendorProductForm.parse(raw);

  let base: string;
  if (form.productId) {
    const product = await db.product.findFirst({
      where: { id: form.productId, vendorId },
      select: { slug: true, variants: { select: { id: true } } },
    });
    if (!product) throw new AppError("NOT_FOUND", "Product not found.");
    const own = new Set(product.variants.map((v) => v.id));
    if (form.variants.some((v) => v.id !== undefined && !own.has(v.id))) {
      throw new AppError("NOT_FOUND", "Variant not found on this product.");
    }
    base = product.slug;
  } else {
    if (form.variants.some((v) => v.id !== undefined))
      throw new AppError("BAD_REQUEST", "A new product has no variants yet.");
    base = slugify(form.title);
  }

  await assertTypedSkusFree({ productId: form.productId, variants: form.variants }, db);
  const skus = await generateSkus({ base, optionNames: form.optionNames, variants: form.variants }, db);
  const variants: TVariantInput[] = form.variants.map((v, i) => {
    const common = {
      ...(v.id ? { id: v.id } : {}),
      sku: skus[i]!,
      options: Object.fromEntries(form.optionNames.map((n) => [n, (v.options[n] ?? "").trim()])),
      priceMinor: v.priceMinor,
      compareAtMinor: v.compareAtMinor ?? null,
      isActive: v.isActive,
    };
    return v.availability === "IN_STOCK"
      ? { ...common, availability: "IN_STOCK" as const, stockOnHand: v.id ? 0 : (v.stockOnHand ?? 0) }
      : { ...common, availability: "PRE_ORDER" as const, batchCap: v.batchCap ?? null };
  });
  const fields = {
    title: form.title,
    description: form.description,
    categoryId: form.categoryId,
    ...(form.originId ? { originId: form.originId } : {}),
    status: form.status,
    leadTimeDays: form.leadTimeDays,
    material: form.material,
    care: form.care,
    season: form.season,
    sizeChart: form.sizeChart ?? null,
    optionNames: form.optionNames,
    variants,
    actorId,
  };
  return form.productId
    ? updateProduct({ ...fields, productId: form.productId, vendorId, keepStock: true }, db)
    : createProduct({ ...fields, vendorId }, db);
}

/**
 * A typed SKU another product already has (SKUs are unique across the store) is a field error
 * on its row, as a duplicate within the form is, rather than a CONFLICT the editor cannot
 * place on a field. The write's own check (assertSkusFree) still guards against a race.
 */
async function assertTypedSkusFree(
  args: { productId: string | undefined; variants: { sku?: string | undefined }[] },
  db: Db,
): Promise<void> {
  const typed = args.variants.map((v) => (v.sku ?? "").trim().toUpperCase());
  const skus = [...new Set(typed.filter(Boolean))];
  if (skus.length === 0) return;
  const taken = await db.variant.findMany({
    where: args.productId ? { sku: { in: skus }, productId: { not: args.productId } } : { sku: { in: skus } },
    select: { sku: true },
  });
  if (taken.length === 0) return;
  const used = new Set(taken.map((t) => t.sku));
  throw new ZodError(
    typed.flatMap((sku, i) =>
      used.has(sku)
        ? [
            {
              code: "custom" as const,
              path: ["variants", i, "sku"],
              message: `Row ${i + 1}: SKU ${sku} is already used by another product`,
              input: undefined,
            },
          ]
        : [],
    ),
  );
}

/**
 * The rows' SKUs: typed ones upper-cased, blank ones suggested from the base and the option
 * values and made unique against the store's SKUs and the other rows ("-2", "-3"…).
 */
export async function generateSkus(
  args: {
    base: string;
    optionNames: string[];
    variants: { sku?: string | undefined; options: Record<string, string> }[];
  },
  db: Db = prisma,
): Promise<string[]> {
  const typed = args.variants.map((v) => (v.sku ?? "").trim().toUpperCase());
  const suggested = args.variants.map((v, i) => (typed[i] ? null : suggestSku(args.base, v.options, args.optionNames)));
  const prefixes = [...new Set(suggested.filter((s): s is string => s !== null))];
  const taken = new Set(typed.filter(Boolean));
  if (prefixes.length) {
    // Every store SKU with the prefix is taken (an existing variant whose SKU was cleared gets
    // a fresh one too; the editor sends existing SKUs as they are).
    const rows = await db.variant.findMany({
      where: { OR: prefixes.map((p) => ({ sku: { startsWith: p } })) },
      select: { sku: true },
    });
    for (const r of rows) taken.add(r.sku);
  }
  return args.variants.map((_, i) => {
    if (typed[i]) return typed[i];
    const sku = uniqueSku(suggested[i]!, taken);
    taken.add(sku);
    return sku;
  });
}
