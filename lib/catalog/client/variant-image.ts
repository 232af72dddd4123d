// Which of a product's photos shows a variant. Photos carry no link to a variant: a photo of one
// option value says so at the end of its alt text ("Court Sneakers — Black", the convention of
// the seed and of the product page's gallery). Isomorphic: the gallery, the cart quote and the
// checkout's line snapshot (order pages) all choose the same photo.

type TAlt = { alt: string };

// A hyphen or apostrophe joins a word: a White variant is not shown the "Off-White" photo.
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);

/** True when `alt` ends with `value` as a whole word ("Sneakers — Black" ends with "Black", "Dress" not with "S"). */
function altEndsWith(alt: string, value: string): boolean {
  const a = alt.trim().toLocaleLowerCase();
  const v = value.trim().toLocaleLowerCase();
  if (!v || !a.endsWith(v)) return false;
  return !isWordChar(a[a.length - v.length - 1]);
}

/** Index of the first photo whose alt names one of the variant's option values, else -1. */
export function variantImageIndex(images: readonly TAlt[], options: Record<string, string>): number {
  const values = Object.values(options).filter((v) => typeof v === "string" && v.trim() !== "");
  if (values.length === 0) return -1;
  return images.findIndex((img) => values.some((v) => altEndsWith(img.alt, v)));
}

/** The photo to show for a variant: its option's photo, else the product's first (images in position order). */
export function imageForVariant<T extends TAlt>(images: readonly T[], options: Record<string, string>): T | null {
  const i = variantImageIndex(images, options);
  return images[i >= 0 ? i : 0] ?? null;
}
