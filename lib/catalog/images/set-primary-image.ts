import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import type { TEditorImage } from "@/lib/catalog/client/image-limits";
import { listImages, lockImageProduct, renumberImages } from "@/lib/catalog/images/image-writes";
import { type TImageRefInput, ZImageRefInput } from "@/lib/catalog/images/schemas";

/**
 * Makes a photo the product's primary one (position 0: the card, the cart and the first
 * photo of the gallery); the others keep their order after it. Another vendor's image is NOT_FOUND.
 */
export async function setPrimaryImage(
  input: TImageRefInput,
  db: Db = prisma,
): Promise<{ productId: string; images: TEditorImage[] }> {
  const data = ZImageRefInput.parse(input);
  const saved = await inTransaction(db, async (tx) => {
    const { productId } = await lockImageProduct(tx, data);
    const current = await listImages(tx, productId);
    const order = [data.imageId, ...current.map((img) => img.id).filter((id) => id !== data.imageId)];
    await renumberImages(tx, current, order);
    return { productId, images: await listImages(tx, productId) };
  });
  await invalidateCatalog({ type: "product", productId: saved.productId }, db);
  return saved;
}
