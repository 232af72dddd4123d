import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, Prisma, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { ZCreateProductInput, type TCreateProductInput } from "@/lib/catalog/schemas";
import { uniqueSlug } from "@/lib/catalog/unique-slug";
import { assertSkusFree, insertVariants } from "@/lib/catalog/variant-writes";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

export type TCreatedProduct = { id: string; slug: string; variants: { id: string; sku: string }[] };

/**
 * Creates a product with its images and variants in one transaction. In-stock variants get
 * an INITIAL inventory movement so their stock on hand is explainable from day one.
 * Duplicate slug or SKU → AppError CONFLICT; unknown vendor/category/origin → NOT_FOUND.
 */
export async function createProduct(input: TCreateProductInput, db: Db = prisma): Promise<TCreatedProduct> {
  const data = ZCreateProductInput.parse(input);
  try {
    const created = await inTransaction(db, async (tx) => {
      const vendor = await tx.vendor.findUnique({ where: { id: data.vendorId }, select: { id: true, originId: true } });
      if (!vendor) throw new AppError("NOT_FOUND", "Vendor not found.");
      const category = await tx.category.findUnique({ where: { id: data.categoryId }, select: { id: true } });
      if (!category) throw new AppError("NOT_FOUND", "Category not found.");
      const originId = data.originId ?? vendor.originId;
      if (data.originId && !(await tx.origin.findUnique({ where: { id: data.originId }, select: { id: true } }))) {
        throw new AppError("NOT_FOUND", "Origin not found.");
      }

      let slug = data.slug;
      if (slug) {
        if (await tx.product.findUnique({ where: { slug }, select: { id: true } })) {
          throw new AppError("CONFLICT", `The slug "${slug}" is already used by another product.`);
        }
      } else {
        slug = await uniqueSlug({ table: "product", text: data.title }, tx);
      }
      await assertSkusFree(tx, { skus: data.variants.map((v) => v.sku) });

      const status = data.status ?? "DRAFT";
      const productData: Prisma.ProductUncheckedCreateInput = {
        vendorId: vendor.id,
        categoryId: category.id,
        originId,
        slug,
        title: data.title,
        brand: data.brand ?? null,
        description: data.description,
        status,
        isFeatured: data.isFeatured ?? false,
        optionNames: data.optionNames,
        leadTimeDays: data.leadTimeDays ?? 7,
        material: data.material ?? null,
        care: data.care ?? null,
        season: data.season ?? null,
        sizeChart: data.sizeChart ?? Prisma.DbNull,
        publishedAt: status === "ACTIVE" ? new Date() : null,
        images: { create: (data.images ?? []).map((img, position) => ({ ...img, position })) },
      };
      const product = await tx.product.create({ data: productData, select: { id: true, slug: true } });
      const variants = await insertVariants(tx, {
        productId: product.id,
        optionNames: data.optionNames,
        variants: data.variants,
        actorId: data.actorId ?? null,
      });
      return { id: product.id, slug: product.slug, variants };
    });
    await invalidateCatalog({ type: "product", productId: created.id }, db);
    return created;
  } catch (e) {
    // A concurrent create took the slug or a SKU between our check and the insert.
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "A product with this slug or SKU already exists.", { cause: e });
    throw e;
  }
}
