/**
 * Catalog test data for integration tests. Every call creates NEW rows with unique codes,
 * slugs, e-mails and SKUs, so test files can run in parallel on one database without
 * cleaning up and without counting global rows. Written with Prisma directly (not the
 * catalog domain functions) so a test of anything else does not depend on them.
 *
 *   const { product, variants, vendor, origin } = await createTestProduct(prisma, {
 *     variants: [{ stockOnHand: 10 }, { availability: "PRE_ORDER", batchCap: 5 }],
 *   });
 *
 * Every create* takes the Db first (the client or a transaction) and optional overrides.
 */
import { randomBytes } from "node:crypto";
import { type Db, prisma } from "@/lib/db";
import { type Availability, type ProductStatus, type VendorStatus } from "@/lib/generated/prisma/enums";

/** A short unique token: "t-m3k9x2-a1b2c3d4" (prefix, time, random). */
export function uniq(prefix = "t"): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

export async function createTestOrigin(
  overrides: { code?: string; name?: string; countryCode?: string } = {},
  db: Db = prisma,
) {
  const code = overrides.code ?? uniq("org").toUpperCase();
  return db.origin.create({
    data: { code, name: overrides.name ?? `Origin ${code}`, countryCode: overrides.countryCode ?? "GB" },
  });
}

export async function createTestVendor(
  overrides: { originId?: string; name?: string; status?: VendorStatus; feeBps?: number } = {},
  db: Db = prisma,
) {
  const originId = overrides.originId ?? (await createTestOrigin(undefined, db)).id;
  const slug = uniq("vendor");
  return db.vendor.create({
    data: {
      slug,
      name: overrides.name ?? `Vendor ${slug}`,
      contactEmail: `${slug}@vendors.test`,
      originId,
      status: overrides.status ?? "ACTIVE",
      feeBps: overrides.feeBps ?? null,
    },
  });
}

export async function createTestCategory(overrides: { name?: string; parentId?: string } = {}, db: Db = prisma) {
  const slug = uniq("cat");
  return db.category.create({
    data: { slug, name: overrides.name ?? `Category ${slug}`, parentId: overrides.parentId ?? null },
  });
}

export type TTestVariantSpec = {
  availability?: Availability;
  /** In-stock units on hand (default 10 for IN_STOCK, 0 for PRE_ORDER). */
  stockOnHand?: number;
  /** Pre-order cap per batch (default none). */
  batchCap?: number | null;
  priceMinor?: number;
  isActive?: boolean;
  sku?: string;
  title?: string;
};

export type TTestProductOptions = {
  vendorId?: string;
  originId?: string;
  categoryId?: string;
  status?: ProductStatus;
  title?: string;
  variants?: TTestVariantSpec[];
};

/**
 * A product with its variants (default: one in-stock variant with 10 units at GH₵ 100).
 * Missing vendor/origin/category are created; the product is ACTIVE unless `status` says.
 */
export function createTestProduct(opts: TTestProductOptions = {}, db: Db = prisma): Promise<TTestProduct> {
  return buildTestProduct(db, opts);
}

export type TTestProduct = Awaited<ReturnType<typeof buildTestProduct>>;

async function buildTestProduct(db: Db, opts: TTestProductOptions) {
  const vendor = opts.vendorId
    ? await db.vendor.findUniqueOrThrow({ where: { id: opts.vendorId } })
    : await createTestVendor(opts.originId ? { originId: opts.originId } : {}, db);
  const originId = opts.originId ?? vendor.originId;
  const categoryId = opts.categoryId ?? (await createTestCategory(undefined, db)).id;
  const slug = uniq("product");
  const product = await db.product.create({
    data: {
      vendorId: vendor.id,
      categoryId,
      originId,
      slug,
      title: opts.title ?? `Product ${slug}`,
      description: "A product made for a test.",
      status: opts.status ?? "ACTIVE",
      publishedAt: (opts.status ?? "ACTIVE") === "ACTIVE" ? new Date() : null,
    },
  });
  const specs = opts.variants ?? [{}];
  const variants = [];
  for (const [i, spec] of specs.entries()) {
    const availability = spec.availability ?? "IN_STOCK";
    variants.push(
      await db.variant.create({
        data: {
          productId: product.id,
          sku: spec.sku ?? uniq("SKU").toUpperCase(),
          title: spec.title ?? `Variant ${i + 1}`,
          priceMinor: spec.priceMinor ?? 10_000,
          availability,
          stockOnHand: spec.stockOnHand ?? (availability === "IN_STOCK" ? 10 : 0),
          batchCap: spec.batchCap ?? null,
          isActive: spec.isActive ?? true,
          position: i,
        },
      }),
    );
  }
  return { product, variants, vendor, originId, categoryId };
}
