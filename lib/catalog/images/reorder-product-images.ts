import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import type { TEditorImage } from "@/lib/catalog/client/image-limits";
import { listImages, lockVendorProduct, renumberImages } from "@/lib/catalog/images/image-writes";
import { type TReorderImagesInput, ZReorderImagesInput } from "@/lib/catalog/images/schemas";

/**
 * Puts a product's photos in the given order (the first is the primary one). The list must
 * name every image of the product exactly once, as the editor last saw them: an image added
 * or deleted meanwhile (another tab, a colleague) is a CONFLICT, not a silent guess.
 */
export async function reorderProductImages(
  input: TReorderImagesInput,
  db: Db = prisma,
): Promise<{ productId: string; images: TEditorImage[] }> {
  const data = ZReorderImagesInput.parse(input);
  const images = await inTransaction(db, async (tx) => {
    await lockVendorProduct(tx, data);
    const current = await listImages(tx, data.productId);
    const known = new Set(current.map((img) => img.id));
    if (current.length !== data.imageIds.length || !data.imageIds.every((id) => known.has(id))) {
      throw new AppError("CONFLICT", "The product's images changed since this page loaded. Reload and try again.");
    }
    await renumberImages(tx, current, data.imageIds);
    return listImages(tx, data.productId);
  });
  await invalidateCatalog({ type: "product", productId: data.productId }, db);
  return { productId: data.productId, images };
}
