import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import type { TEditorImage } from "@/lib/catalog/client/image-limits";
import { listImages, lockImageProduct, renumberImages } from "@/lib/catalog/images/image-writes";
import { type TImageRefInput, ZImageRefInput } from "@/lib/catalog/images/schemas";
import { deleteMedia, mediaKeyFromUrl } from "@/lib/storage/media";

/**
 * Deletes a photo and closes the gap in the positions; after the commit its file is removed
 * from storage — unless something still shows it: another image row with the same URL (the
 * seed's shared illustrations) or an order line that snapshotted it at checkout (the
 * customer's order page keeps its picture). A file that fails to delete is logged, not
 * reported as a failure: the image is gone from the product either way.
 * Another vendor's image is NOT_FOUND.
 */
export async function deleteProductImage(
  input: TImageRefInput,
  db: Db = prisma,
): Promise<{ productId: string; images: TEditorImage[]; fileRemoved: boolean }> {
  const data = ZImageRefInput.parse(input);
  const { productId, url, images } = await inTransaction(db, async (tx) => {
    const { productId, image } = await lockImageProduct(tx, data);
    await tx.productImage.delete({ where: { id: image.id } });
    const rest = await listImages(tx, productId);
    await renumberImages(
      tx,
      rest,
      rest.map((img) => img.id),
    );
    return { productId, url: image.url, images: await listImages(tx, productId) };
  });
  await invalidateCatalog({ type: "product", productId }, db);
  return { productId, images, fileRemoved: await removeUnusedFile(url, productId, db) };
}

async function removeUnusedFile(url: string, productId: string, db: Db): Promise<boolean> {
  const key = mediaKeyFromUrl(url);
  if (!key) return false; // not a file of our storage
  const [image, line] = await Promise.all([
    db.productImage.findFirst({ where: { url }, select: { id: true } }),
    db.orderLine.findFirst({ where: { productId, imageUrl: url }, select: { id: true } }),
  ]);
  if (image || line) return false;
  try {
    await deleteMedia(key);
    return true;
  } catch (e) {
    console.error(`[images] could not delete ${key}; it stays in storage unused`, e);
    return false;
  }
}
