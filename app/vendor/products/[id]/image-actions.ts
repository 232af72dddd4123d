"use server";
// Product photo edits from the product editor (uploads go through the route handler
// app/api/vendor/products/[id]/images/route.ts, which streams multipart bodies). The tenant is
// the session's own vendor; every write goes through its lib/catalog/images use case.
import { action } from "@/lib/http/action";
import type { TEditorImage } from "@/lib/catalog/client/image-limits";
import { deleteProductImage } from "@/lib/catalog/images/delete-product-image";
import { reorderProductImages } from "@/lib/catalog/images/reorder-product-images";
import { ZImageRef, ZReorderImages, ZUpdateImageAlt } from "@/lib/catalog/images/schemas";
import { setPrimaryImage } from "@/lib/catalog/images/set-primary-image";
import { updateImageAlt } from "@/lib/catalog/images/update-image-alt";

type TEdited = { productId: string; images: TEditorImage[] };
const editorPath = (r: { productId: string }) => [`/vendor/products/${r.productId}`];

export const updateImageAltAction = action(
  {
    permission: "vendor:products:write",
    input: ZUpdateImageAlt,
    revalidate: (_input, r: { productId: string }) => editorPath(r),
  },
  (input, { vendor }): Promise<{ productId: string; image: TEditorImage }> =>
    updateImageAlt({ ...input, vendorId: vendor.vendorId }),
);

export const reorderProductImagesAction = action(
  {
    permission: "vendor:products:write",
    input: ZReorderImages,
    revalidate: (_input, r: { productId: string }) => editorPath(r),
  },
  (input, { vendor }): Promise<TEdited> => reorderProductImages({ ...input, vendorId: vendor.vendorId }),
);

export const setPrimaryImageAction = action(
  {
    permission: "vendor:products:write",
    input: ZImageRef,
    revalidate: (_input, r: { productId: string }) => editorPath(r),
  },
  (input, { vendor }): Promise<TEdited> => setPrimaryImage({ ...input, vendorId: vendor.vendorId }),
);

export const deleteProductImageAction = action(
  {
    permission: "vendor:products:write",
    input: ZImageRef,
    revalidate: (_input, r: { productId: string }) => editorPath(r),
  },
  (input, { vendor }): Promise<TEdited & { fileRemoved: boolean }> =>
    deleteProductImage({ ...input, vendorId: vendor.vendorId }),
);
