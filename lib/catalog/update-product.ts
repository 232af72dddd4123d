import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, type Prisma, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { ZUpdateProductInput, type TUpdateProductInput } from "@/lib/catalog/schemas";
import { assertSkusFree, insertVariants, variantColumns } from "@/lib/catalog/variant-writes";
import type { TCreatedProduct } from "@/lib/catalog/create-product";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

/**
 * Edits a vendor's product. Variants are matched by SKU: known ones are updated, new ones
 * created, and the ones left out are deactivated (never deleted: orders point at them).
 * A changed stock figure is recorded as an ADJUSTMENT movement; stock held by open
 * checkouts cannot be taken away (CONFLICT).
 */
export async function updateProduct(input: TUpdateProductInput, db: Db = prisma): Promise<TCreatedProduct> {
  const data = ZUpdateProductInput.parse(input);
  try {
    const saved = await inTransaction(db, async (tx) => {
      const product = await tx.product.findFirst({
        where: { id: data.productId, vendorId: data.vendorId },
        select: { id: true, slug: true, optionNames: true, publishedAt: true },
      });
      if (!product) throw new AppError("NOT_FOUND", "Product not found.");
      if (
        data.categoryId &&
        !(await tx.category.findUnique({ where: { id: data.categoryId }, select: { id: true } }))
      ) {
        throw new AppError("NOT_FOUND", "Category not found.");
      }
      if (data.slug && data.slug !== product.slug) {
        if (await tx.product.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
          throw new AppError("CONFLICT", `The slug "${data.slug}" is already used by another product.`);
        }
      }
      const optionNames = data.optionNames ?? product.optionNames;
      if (data.optionNames && !data.variants) {
        throw new AppError("BAD_REQUEST", "Changing the option names needs the variants too.");
      }

      const fields: Prisma.ProductUncheckedUpdateInput = {
        ...(data.title !== undefined ? { title: data.title } : {}),
        ...(data.description !== undefined ? { description: data.description } : {}),
        ...(data.brand !== undefined ? { brand: data.brand } : {}),
        ...(data.categoryId !== undefined ? { categoryId: data.categoryId } : {}),
        ...(data.isFeatured !== undefined ? { isFeatured: data.isFeatured } : {}),
        ...(data.leadTimeDays !== undefined ? { leadTimeDays: data.leadTimeDays } : {}),
        ...(data.slug !== undefined ? { slug: data.slug } : {}),
        ...(data.optionNames !== undefined ? { optionNames: data.optionNames } : {}),
        ...(data.status !== undefined ? { status: data.status } : {}),
        ...(data.status === "ACTIVE" && !product.publishedAt ? { publishedAt: new Date() } : {}),
      };
      const updated = await tx.product.update({
        where: { id: product.id },
        data: fields,
        select: { id: true, slug: true },
      });

      if (data.images) {
        await tx.productImage.deleteMany({ where: { productId: product.id } });
        await tx.productImage.createMany({
          data: data.images.map((img, position) => ({ ...img, productId: product.id, position })),
        });
      }
      if (data.variants) await syncVariants(tx, product.id, optionNames, data.variants, data.actorId ?? null);

      const variants = await tx.variant.findMany({
        where: { productId: product.id },
        select: { id: true, sku: true },
        orderBy: { position: "asc" },
      });
      return { id: updated.id, slug: updated.slug, variants };
    });
    await invalidateCatalog({ type: "product", productId: saved.id }, db);
    return saved;
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "A product with this slug or SKU already exists.", { cause: e });
    throw e;
  }
}

type TVariants = NonNullable<ReturnType<typeof ZUpdateProductInput.parse>["variants"]>;

async function syncVariants(
  tx: Prisma.TransactionClient,
  productId: string,
  optionNames: string[],
  variants: TVariants,
  actorId: string | null,
) {
  variants.forEach((v, i) => {
    const keys = Object.keys(v.options);
    if (keys.length !== optionNames.length || !optionNames.every((n) => n in v.options)) {
      throw new AppError(
        "BAD_REQUEST",
        `variants.${i}.options: must have exactly the options ${optionNames.join(", ") || "(none)"}`,
      );
    }
  });
  // Lock the product's variants: stock figures below are read and written without a race.
  await tx.$queryRaw`SELECT id FROM "Variant" WHERE "productId" = ${productId} FOR UPDATE`;
  const existing = await tx.variant.findMany({
    where: { productId },
    select: { id: true, sku: true, availability: true, stockOnHand: true, reserved: true, position: true },
  });
  const bySku = new Map(existing.map((v) => [v.sku, v]));
  const fresh = variants.filter((v) => !bySku.has(v.sku));
  await assertSkusFree(tx, { skus: fresh.map((v) => v.sku), ownProductId: productId });

  for (const [position, v] of variants.entries()) {
    const cur = bySku.get(v.sku);
    if (!cur) continue;
    const nextStock = v.availability === "IN_STOCK" ? v.stockOnHand : 0;
    if (nextStock < cur.reserved) {
      throw new AppError(
        "CONFLICT",
        `${v.sku}: ${cur.reserved} units are held by open checkouts; stock cannot go below that.`,
      );
    }
    await tx.variant.update({
      where: { id: cur.id },
      data: { ...variantColumns(optionNames, v), position, isActive: v.isActive ?? true, stockOnHand: nextStock },
    });
    if (nextStock !== cur.stockOnHand) {
      await tx.inventoryMovement.create({
        data: {
          variantId: cur.id,
          reason: "ADJUSTMENT",
          quantity: nextStock - cur.stockOnHand,
          stockAfter: nextStock,
          actorId,
          note: "Edited with the product",
        },
      });
    }
  }
  const kept = new Set(variants.map((v) => v.sku));
  const dropped = existing.filter((v) => !kept.has(v.sku)).map((v) => v.id);
  if (dropped.length) await tx.variant.updateMany({ where: { id: { in: dropped } }, data: { isActive: false } });

  const positions = fresh.map((v) => variants.indexOf(v));
  await insertVariants(tx, { productId, optionNames, variants: fresh, positions, actorId });
}
