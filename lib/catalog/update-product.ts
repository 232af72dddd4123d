import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, Prisma, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { ZUpdateProductInput, type TUpdateProductInput } from "@/lib/catalog/schemas";
import { assertSkusFree, insertVariants, variantColumns } from "@/lib/catalog/variant-writes";
import type { TCreatedProduct } from "@/lib/catalog/create-product";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";

/**
 * Edits a vendor's product. Variants are matched by id when the row has one (its SKU may then
 * change), else by SKU: known ones are updated, new ones created, and the ones left out are
 * deactivated (never deleted: orders point at them). A changed stock figure is recorded as an
 * ADJUSTMENT movement; stock held by open checkouts cannot be taken away (CONFLICT). With
 * `keepStock` (the vendor editor) existing variants keep their stock on hand. Order lines
 * keep the price they were placed at: nothing here touches them.
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
      if (data.originId && !(await tx.origin.findUnique({ where: { id: data.originId }, select: { id: true } }))) {
        throw new AppError("NOT_FOUND", "Origin not found.");
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
        ...(data.originId !== undefined ? { originId: data.originId } : {}),
        ...(data.material !== undefined ? { material: data.material } : {}),
        ...(data.care !== undefined ? { care: data.care } : {}),
        ...(data.season !== undefined ? { season: data.season } : {}),
        ...(data.sizeChart !== undefined ? { sizeChart: data.sizeChart ?? Prisma.DbNull } : {}),
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
      if (data.variants)
        await syncVariants(tx, product.id, optionNames, data.variants, data.actorId ?? null, data.keepStock ?? false);

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
  keepStock: boolean,
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
  const byId = new Map(existing.map((v) => [v.id, v]));
  // Rows with ids (the editor): a row without one is a new variant. Else (CSV, API) by SKU.
  const byIdMode = variants.some((v) => v.id !== undefined);
  const matchOf = (v: TVariants[number]) => {
    if (v.id === undefined) return byIdMode ? undefined : bySku.get(v.sku);
    const cur = byId.get(v.id);
    // An id from another product (or vendor) is "not found", never a way to edit its variant.
    if (!cur) throw new AppError("NOT_FOUND", `Variant ${v.sku}: not found on this product.`);
    return cur;
  };
  const matched = variants.map(matchOf);
  if (new Set(matched.filter(Boolean).map((m) => m!.id)).size !== matched.filter(Boolean).length) {
    throw new AppError("BAD_REQUEST", "A variant appears twice in the list.");
  }
  const fresh = variants.filter((_, i) => !matched[i]);
  // New SKUs, and existing variants' changed SKUs, must not belong to another product.
  const renamed = variants.filter((v, i) => matched[i] && matched[i]!.sku !== v.sku);
  await assertSkusFree(tx, { skus: [...fresh, ...renamed].map((v) => v.sku), ownProductId: productId });
  const keptIds = new Set(matched.filter(Boolean).map((m) => m!.id));
  // Within the product: a new or renamed SKU may not be one a variant left out of the list keeps.
  const droppedSkus = new Set(existing.filter((v) => !keptIds.has(v.id)).map((v) => v.sku));
  const clash = [...fresh, ...renamed].filter((v) => droppedSkus.has(v.sku)).map((v) => v.sku);
  if (clash.length) {
    throw new AppError("CONFLICT", `SKU already in use: ${clash.join(", ")} (an inactive variant of this product)`, {
      details: { skus: clash },
    });
  }
  // Freed SKUs of renamed variants first, so swapping two SKUs does not trip the unique index.
  for (const [i, v] of variants.entries()) {
    const cur = matched[i];
    if (cur && cur.sku !== v.sku) {
      await tx.variant.update({ where: { id: cur.id }, data: { sku: `~${cur.id}` } });
    }
  }

  for (const [position, v] of variants.entries()) {
    const cur = matched[position];
    if (!cur) continue;
    let nextStock = v.availability === "IN_STOCK" ? v.stockOnHand : 0;
    if (keepStock) {
      if (v.availability === "PRE_ORDER" && cur.stockOnHand > 0) {
        throw new AppError(
          "CONFLICT",
          `${v.sku}: ${cur.stockOnHand} units are on hand; adjust the stock to 0 before making it a pre-order.`,
        );
      }
      nextStock = v.availability === "IN_STOCK" ? cur.stockOnHand : 0;
    }
    if (nextStock < cur.reserved) {
      throw new AppError(
        "CONFLICT",
        `${v.sku}: ${cur.reserved} units are held by open checkouts; stock cannot go below that.`,
      );
    }
    await tx.variant.update({
      where: { id: cur.id },
      data: {
        ...variantColumns(optionNames, v),
        sku: v.sku,
        position,
        isActive: v.isActive ?? true,
        stockOnHand: nextStock,
      },
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
  const dropped = existing.filter((v) => !keptIds.has(v.id)).map((v) => v.id);
  if (dropped.length) await tx.variant.updateMany({ where: { id: { in: dropped } }, data: { isActive: false } });

  const positions = fresh.map((v) => variants.indexOf(v));
  await insertVariants(tx, { productId, optionNames, variants: fresh, positions, actorId });
}
