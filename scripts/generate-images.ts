/**
 * Product images generated locally (no downloads): an SVG illustration per product colour
 * (scripts/generate-images-art*.ts) rendered to an 800×800 WebP with sharp and stored in
 * media storage. Keys carry a hash of the SVG, so an unchanged image is never re-rendered
 * (the file already exists) and a changed one gets a new URL (safe with immutable caching).
 *
 *   node --conditions=react-server --import tsx scripts/generate-images.ts [outDir]
 *       renders one of every illustration into a contact sheet (outDir/art-sheet.png).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { hasMedia, mediaUrl, putMedia } from "@/lib/storage/media";
import { slugify } from "@/lib/catalog/schemas";
import { ART, IMAGE_SIZE, renderProductSvg, type TArtKind } from "./generate-images-art.ts";

export type TImageSpec = { productSlug: string; kind: TArtKind; colour: string; brand?: string | null };
export type TGeneratedImage = { key: string; url: string; width: number; height: number; created: boolean };

export function imageKey(spec: TImageSpec, svg: string): string {
  const hash = createHash("sha1").update(svg).digest("hex").slice(0, 10);
  return `products/${spec.productSlug}/${slugify(spec.colour) || "default"}-${hash}.webp`;
}

export type TPlannedImage = TGeneratedImage & { svg: string };

/** The image's key and URL without rendering it (the URL depends only on the SVG). */
export function planProductImage(spec: TImageSpec): TPlannedImage {
  const svg = renderProductSvg({ kind: spec.kind, colour: spec.colour, brand: spec.brand ?? null });
  const key = imageKey(spec, svg);
  return { key, url: mediaUrl(key), width: IMAGE_SIZE, height: IMAGE_SIZE, created: false, svg };
}

/** Renders and stores a planned image unless a file with the same content hash exists. */
async function renderIfMissing(plan: TPlannedImage): Promise<boolean> {
  if (await hasMedia(plan.key)) return false;
  const webp = await sharp(Buffer.from(plan.svg)).webp({ quality: 80, effort: 2 }).toBuffer();
  await putMedia(plan.key, webp, "image/webp");
  return true;
}

/** Renders the missing ones of many planned images, a few at a time; returns how many were rendered. */
export async function renderPlannedImages(plans: TPlannedImage[], concurrency = 3): Promise<number> {
  let next = 0;
  let rendered = 0;
  async function worker() {
    while (next < plans.length) {
      const plan = plans[next++]!;
      if (await renderIfMissing(plan)) rendered++;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, plans.length) }, worker));
  return rendered;
}

/** One image, rendered now unless it already exists (vendor tools, one-off scripts). */
export async function ensureProductImage(spec: TImageSpec): Promise<TGeneratedImage> {
  const { svg, ...image } = planProductImage(spec);
  return { ...image, created: await renderIfMissing({ ...image, svg }) };
}

async function contactSheet(outDir: string) {
  const kinds = Object.keys(ART) as TArtKind[];
  const colours = ["Black", "Cream", "Navy", "Terracotta", "Sage"];
  const cell = 200;
  const tiles = await Promise.all(
    kinds.flatMap((kind, r) =>
      colours.map(async (colour, c) => ({
        input: await sharp(Buffer.from(renderProductSvg({ kind, colour, brand: kind })))
          .resize(cell, cell)
          .png()
          .toBuffer(),
        left: c * cell,
        top: r * cell,
      })),
    ),
  );
  const file = path.join(outDir, "art-sheet.png");
  await sharp({
    create: { width: cell * colours.length, height: cell * kinds.length, channels: 3, background: "#ffffff" },
  })
    .composite(tiles)
    .png()
    .toFile(file);
  console.log(`wrote ${file} (${kinds.length} illustrations)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  contactSheet(path.resolve(process.argv[2] ?? ".data")).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
