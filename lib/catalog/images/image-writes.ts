import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/db";
import type { TEditorImage } from "@/lib/catalog/client/image-limits";

// Shared steps of the product image use cases. Every write locks the product row first, so
// uploads, reorders and deletes of one product's images run one after the other and the
// positions stay 0..n-1 without gaps or duplicates.

export const IMAGE_SELECT = { id: true, url: true, alt: true, width: true, height: true, position: true } as const;

/** Locks the vendor's product (FOR UPDATE); another vendor's or a missing product is NOT_FOUND. */
export async function lockVendorProduct(
  tx: Prisma.TransactionClient,
  { productId, vendorId }: { productId: string; vendorId: string },
): Promise<{ id: string; title: string }> {
  const rows = await tx.$queryRaw<{ id: string; title: string }[]>`
    SELECT "id", "title" FROM "Product" WHERE "id" = ${productId} AND "vendorId" = ${vendorId} FOR UPDATE`;
  const product = rows[0];
  if (!product) throw new AppError("NOT_FOUND", "Product not found.");
  return product;
}

/** The image's product, locked; an image of another vendor's product is NOT_FOUND. */
export async function lockImageProduct(
  tx: Prisma.TransactionClient,
  { imageId, vendorId }: { imageId: string; vendorId: string },
): Promise<{ productId: string; image: TEditorImage }> {
  const found = await tx.productImage.findFirst({
    where: { id: imageId, product: { vendorId } },
    select: { productId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Image not found.");
  await lockVendorProduct(tx, { productId: found.productId, vendorId });
  // Re-read under the lock: a concurrent delete may have removed it meanwhile.
  const image = await tx.productImage.findUnique({ where: { id: imageId }, select: IMAGE_SELECT });
  if (!image) throw new AppError("NOT_FOUND", "Image not found.");
  return { productId: found.productId, image };
}

/** The product's images in display order. */
export function listImages(tx: Prisma.TransactionClient, productId: string): Promise<TEditorImage[]> {
  return tx.productImage.findMany({
    where: { productId },
    select: IMAGE_SELECT,
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

/** Writes positions 0..n-1 in the given order (only the rows whose position changes). */
export async function renumberImages(
  tx: Prisma.TransactionClient,
  images: readonly Pick<TEditorImage, "id" | "position">[],
  orderedIds: readonly string[],
): Promise<void> {
  const current = new Map(images.map((img) => [img.id, img.position]));
  for (const [position, id] of orderedIds.entries()) {
    if (current.get(id) !== position) await tx.productImage.update({ where: { id }, data: { position } });
  }
}
