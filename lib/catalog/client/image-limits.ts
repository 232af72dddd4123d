// Product image limits, enforced on the server (lib/catalog/images/upload-product-image.ts,
// app/api/vendor/products/[id]/images/route.ts) and shown by the editor before it uploads.
// Isomorphic: no server imports.

export const PRODUCT_IMAGE_LIMITS = {
  /** Bytes per uploaded file. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Bytes per upload request (several files; multipart overhead is small). */
  maxRequestBytes: 4 * 10 * 1024 * 1024 + 256 * 1024,
  /** Images per product. */
  maxImages: 12,
  /** Pixels on the short side, after EXIF rotation. */
  minSidePx: 200,
  /** Stored images are at most this many pixels on the long side. */
  maxStoredSidePx: 2000,
  /** Decoded pixels per file (a small file can still decode to a huge image). */
  maxInputPixels: 60_000_000,
  /** Alt text length. */
  maxAltLength: 250,
} as const;

/** What sharp must detect in the bytes (the name and the declared type are never trusted). */
export const ACCEPTED_IMAGE_FORMATS = ["jpeg", "png", "webp", "avif", "gif"] as const;
export type TAcceptedImageFormat = (typeof ACCEPTED_IMAGE_FORMATS)[number];

/** For the file picker's accept attribute (a hint only: the server sniffs the bytes). */
export const IMAGE_ACCEPT_ATTRIBUTE = "image/jpeg,image/png,image/webp,image/avif,image/gif";

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

/** A stored image as the editor shows it. */
export type TEditorImage = { id: string; url: string; alt: string; width: number; height: number; position: number };
