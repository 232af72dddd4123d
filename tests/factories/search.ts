/**
 * Search/cart test data: products with the fields search looks at (brand, description,
 * options, publishedAt). Each test file makes a random word (`searchToken()`) and puts it in
 * its titles or descriptions, so its searches only ever see its own products.
 */
import { randomBytes } from "node:crypto";
import { type Db, prisma } from "@/lib/db";
import { type Availability, type ProductStatus } from "@/lib/generated/prisma/enums";
import { createTestCategory, createTestOrigin, createTestVendor, uniq } from "./catalog";

/** A random lower-case word, e.g. "qxhbdfgak" (letters only, ends in k: stemmers leave it alone). */
export function searchToken(): string {
  const letters = [...randomBytes(7)].map((b) => "bcdfghjmnpqrstvwxz"[b % 18]).join("");
  return `q${letters}k`;
}

export type TSearchVariantSpec = {
  priceMinor?: number;
  compareAtMinor?: number | null;
  availability?: Availability;
  stockOnHand?: number;
  reserved?: number;
  batchCap?: number | null;
  size?: string;
  colour?: string;
  isActive?: boolean;
};

export async function createSearchProduct(
  opts: {
    vendorId: string;
    categoryId: string;
    originId: string;
    title: string;
    brand?: string | null;
    description?: string;
    status?: ProductStatus;
    isFeatured?: boolean;
    publishedAt?: Date;
    variants?: TSearchVariantSpec[];
    image?: boolean;
  },
  db: Db = prisma,
) {
  const slug = uniq("p");
  const product = await db.product.create({
    data: {
      vendorId: opts.vendorId,
      categoryId: opts.categoryId,
      originId: opts.originId,
      slug,
      title: opts.title,
      brand: opts.brand ?? null,
      description: opts.description ?? "Made for a test.",
      status: opts.status ?? "ACTIVE",
      isFeatured: opts.isFeatured ?? false,
      optionNames: ["Size", "Colour"],
      publishedAt: opts.publishedAt ?? new Date(),
      ...(opts.image
        ? { images: { create: [{ url: `/media/${slug}.webp`, alt: opts.title, width: 800, height: 800 }] } }
        : {}),
    },
  });
  const variants = [];
  for (const [i, v] of (opts.variants ?? [{}]).entries()) {
    const availability = v.availability ?? "IN_STOCK";
    const options: Record<string, string> = {};
    if (v.size) options.Size = v.size;
    if (v.colour) options.Colour = v.colour;
    variants.push(
      await db.variant.create({
        data: {
          productId: product.id,
          sku: uniq("SKU").toUpperCase(),
          title: Object.values(options).join(" / ") || `Variant ${i + 1}`,
          options,
          priceMinor: v.priceMinor ?? 10_000,
          compareAtMinor: v.compareAtMinor ?? null,
          availability,
          stockOnHand: v.stockOnHand ?? (availability === "IN_STOCK" ? 10 : 0),
          reserved: v.reserved ?? 0,
          batchCap: v.batchCap ?? null,
          isActive: v.isActive ?? true,
          position: i,
        },
      }),
    );
  }
  return { product, variants };
}

/** A vendor (with its own origin) and a category, ready for createSearchProduct. */
export async function createSearchShop(
  opts: { vendorName?: string; categoryName?: string; parentCategoryId?: string } = {},
  db: Db = prisma,
) {
  const origin = await createTestOrigin(undefined, db);
  const vendor = await createTestVendor(
    {
      originId: origin.id,
      ...(opts.vendorName ? { name: opts.vendorName } : {}),
    },
    db,
  );
  const category = await createTestCategory(
    {
      ...(opts.categoryName ? { name: opts.categoryName } : {}),
      ...(opts.parentCategoryId ? { parentId: opts.parentCategoryId } : {}),
    },
    db,
  );
  return { origin, vendor, category, ids: { vendorId: vendor.id, categoryId: category.id, originId: origin.id } };
}
