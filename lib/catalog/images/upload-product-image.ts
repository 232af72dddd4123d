import "server-only";
import { createHash, randomBytes } from "node:crypto";
import sharp, { type Metadata, type OutputInfo } from "sharp";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import {
  ACCEPTED_IMAGE_FORMATS,
  PRODUCT_IMAGE_LIMITS,
  type TAcceptedImageFormat,
  type TEditorImage,
  formatMegabytes,
} from "@/lib/catalog/client/image-limits";
import { IMAGE_SELECT, lockVendorProduct } from "@/lib/catalog/images/image-writes";
import { deleteMedia, putMedia } from "@/lib/storage/media";

export type TUploadFile = { name: string; bytes: Uint8Array };
export type TUploadProductImagesInput = { vendorId: string; productId: string; files: readonly TUploadFile[] };
export type TUploadFailureReason = "TOO_LARGE" | "UNSUPPORTED_TYPE" | "TOO_SMALL" | "TOO_MANY";

const L = PRODUCT_IMAGE_LIMITS;

/**
 * Adds photos to the end of a vendor's product, all or none. Each file's type is what sharp
 * detects in its bytes (JPEG, PNG, WebP, AVIF or GIF — never the name or the declared type);
 * at most 10 MB, 200 px on the short side, 12 images per product. Each is turned upright by
 * its EXIF orientation, stripped of metadata (EXIF GPS and all: sharp writes none unless
 * asked), fitted within 2000 px and stored as WebP through lib/storage; the row records the
 * stored width and height, and the alt text starts as the product's title.
 *
 * Refusals are AppErrors whose details say { file, reason } (TOO_LARGE → UNPROCESSABLE,
 * UNSUPPORTED_TYPE → UNSUPPORTED_MEDIA_TYPE, TOO_SMALL → UNPROCESSABLE, TOO_MANY → CONFLICT);
 * another vendor's product is NOT_FOUND. Files stored before a refusal are deleted again.
 */
export async function uploadProductImages(
  input: TUploadProductImagesInput,
  db: Db = prisma,
): Promise<{ productId: string; images: TEditorImage[] }> {
  const { vendorId, productId, files } = input;
  if (files.length === 0) throw new AppError("BAD_REQUEST", "Choose at least one image.");

  // Cheap refusals first (unknown product, no room left), before any decoding.
  const product = await db.product.findFirst({
    where: { id: productId, vendorId },
    select: { id: true, _count: { select: { images: true } } },
  });
  if (!product) throw new AppError("NOT_FOUND", "Product not found.");
  assertRoom(product._count.images, files.length, files[0]!.name);

  // Decode and re-encode one at a time (bounded memory), all before anything is stored.
  const prepared: { key: string; webp: Buffer; width: number; height: number }[] = [];
  for (const file of files) prepared.push(await prepareImage(productId, file));

  const stored: string[] = [];
  const urls: string[] = [];
  try {
    for (const p of prepared) {
      urls.push(await putMedia(p.key, p.webp, "image/webp"));
      stored.push(p.key);
    }
    const images = await inTransaction(db, async (tx) => {
      const locked = await lockVendorProduct(tx, { productId, vendorId });
      const existing = await tx.productImage.aggregate({
        where: { productId },
        _count: { _all: true },
        _max: { position: true },
      });
      assertRoom(existing._count._all, files.length, files[0]!.name);
      const start = (existing._max.position ?? -1) + 1;
      const alt = locked.title.slice(0, L.maxAltLength);
      return tx.productImage.createManyAndReturn({
        data: prepared.map((p, i) => ({
          productId,
          url: urls[i]!,
          alt,
          width: p.width,
          height: p.height,
          position: start + i,
        })),
        select: IMAGE_SELECT,
      });
    });
    await invalidateCatalog({ type: "product", productId }, db);
    return { productId, images };
  } catch (e) {
    await Promise.all(stored.map((key) => deleteMedia(key).catch((err) => console.error("[images] cleanup", err))));
    throw e;
  }
}

function assertRoom(current: number, adding: number, fileName: string) {
  if (current + adding <= L.maxImages) return;
  const left = Math.max(0, L.maxImages - current);
  throw new AppError(
    "CONFLICT",
    left === 0
      ? `This product already has ${L.maxImages} images, the most it can have. Delete one to add another.`
      : `A product can have ${L.maxImages} images: ${left} more can be added, not ${adding}.`,
    { details: { file: fileName, reason: "TOO_MANY" satisfies TUploadFailureReason } },
  );
}

function refuse(
  code: "UNPROCESSABLE" | "UNSUPPORTED_MEDIA_TYPE",
  file: string,
  reason: TUploadFailureReason,
  message: string,
) {
  return new AppError(code, message, { details: { file, reason } });
}

async function prepareImage(productId: string, file: TUploadFile) {
  const name = file.name || "The file";
  if (file.bytes.byteLength > L.maxFileBytes) {
    throw refuse(
      "UNPROCESSABLE",
      file.name,
      "TOO_LARGE",
      `${name} is ${formatMegabytes(file.bytes.byteLength)}; images can be at most ${formatMegabytes(L.maxFileBytes)}.`,
    );
  }
  const unsupported = () =>
    refuse(
      "UNSUPPORTED_MEDIA_TYPE",
      file.name,
      "UNSUPPORTED_TYPE",
      `${name} is not a JPEG, PNG, WebP, AVIF or GIF image.`,
    );
  const options = { limitInputPixels: L.maxInputPixels, failOn: "error" } as const;
  let meta: Metadata;
  try {
    meta = await sharp(file.bytes, options).metadata();
  } catch {
    throw unsupported();
  }
  if (!isAccepted(meta)) throw unsupported();
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = rotated ? meta.height : meta.width;
  const height = rotated ? meta.width : meta.height;
  if (!width || !height) throw unsupported();
  if (width * height > L.maxInputPixels) {
    throw refuse(
      "UNPROCESSABLE",
      file.name,
      "TOO_LARGE",
      `${name} is ${width} × ${height} px; images can have at most ${L.maxInputPixels / 1_000_000} megapixels.`,
    );
  }
  if (Math.min(width, height) < L.minSidePx) {
    throw refuse(
      "UNPROCESSABLE",
      file.name,
      "TOO_SMALL",
      `${name} is ${width} × ${height} px; images need at least ${L.minSidePx} px on each side.`,
    );
  }
  let out: { data: Buffer; info: OutputInfo };
  try {
    out = await sharp(file.bytes, options)
      .rotate() // upright by EXIF orientation; metadata is not copied to the output
      .resize({ width: L.maxStoredSidePx, height: L.maxStoredSidePx, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    // The header looked right but the image data is broken.
    throw unsupported();
  }
  // Content hash + random: a new URL per upload (safe with immutable caching) and never shared
  // by two rows, so deleting one image's file can never remove another's.
  const hash = createHash("sha256").update(out.data).digest("hex").slice(0, 16);
  const key = `products/${productId}/${hash}-${randomBytes(4).toString("hex")}.webp`;
  return { key, webp: out.data, width: out.info.width, height: out.info.height };
}

function isAccepted(meta: Metadata): boolean {
  const format = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format;
  return (ACCEPTED_IMAGE_FORMATS as readonly string[]).includes(format as TAcceptedImageFormat);
}
