import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import type { TEditorImage } from "@/lib/catalog/client/image-limits";
import { IMAGE_SELECT, lockImageProduct } from "@/lib/catalog/images/image-writes";
import { type TUpdateImageAltInput, ZUpdateImageAltInput } from "@/lib/catalog/images/schemas";

/**
 * Sets a photo's alt text (what screen readers say; ending it with an option value such as
 * "— Sand" also shows the photo for that colour's variants: lib/catalog/client/variant-image.ts).
 * Another vendor's image is NOT_FOUND.
 */
export async function updateImageAlt(
  input: TUpdateImageAltInput,
  db: Db = prisma,
): Promise<{ productId: string; image: TEditorImage }> {
  const data = ZUpdateImageAltInput.parse(input);
  const saved = await inTransaction(db, async (tx) => {
    const { productId } = await lockImageProduct(tx, data);
    const image = await tx.productImage.update({
      where: { id: data.imageId },
      data: { alt: data.alt },
      select: IMAGE_SELECT,
    });
    return { productId, image };
  });
  await invalidateCatalog({ type: "product", productId: saved.productId }, db);
  return saved;
}
