// Inputs of the product image use cases (the server actions parse the same shapes, without
// the vendorId, which always comes from the session).
import { z } from "zod";
import { PRODUCT_IMAGE_LIMITS } from "@/lib/catalog/client/image-limits";

const ZId = z.string().trim().min(1).max(64);

export const ZImageAlt = z
  .string()
  .trim()
  .min(1, "Describe the photo for people who cannot see it.")
  .max(PRODUCT_IMAGE_LIMITS.maxAltLength, `Keep the alt text under ${PRODUCT_IMAGE_LIMITS.maxAltLength} characters.`);

export const ZImageRef = z.object({ imageId: ZId });
export const ZUpdateImageAlt = z.object({ imageId: ZId, alt: ZImageAlt });
export const ZReorderImages = z.object({
  productId: ZId,
  imageIds: z
    .array(ZId)
    .min(1)
    .max(PRODUCT_IMAGE_LIMITS.maxImages)
    .refine((ids) => new Set(ids).size === ids.length, "Each image may appear once."),
});

const ZTenant = z.object({ vendorId: ZId });
export const ZImageRefInput = ZImageRef.extend(ZTenant.shape);
export const ZUpdateImageAltInput = ZUpdateImageAlt.extend(ZTenant.shape);
export const ZReorderImagesInput = ZReorderImages.extend(ZTenant.shape);

export type TImageRefInput = z.input<typeof ZImageRefInput>;
export type TUpdateImageAltInput = z.input<typeof ZUpdateImageAltInput>;
export type TReorderImagesInput = z.input<typeof ZReorderImagesInput>;
