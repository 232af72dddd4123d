/**
 * Demo data: a believable store built through the same domain functions the app uses
 * (registerUser, createVendor, createProduct, createBatch + transitionBatch, ...).
 * Idempotent: everything is found or upserted by its natural key (email, slug, SKU, code),
 * so a second run changes nothing. Run with DATABASE_URL set and the react-server condition
 * (lib modules import "server-only"):
 *   node --conditions=react-server --import tsx prisma/seed.ts     (npm run db:seed does this)
 */
import { prisma } from "@/lib/db";
import { seedOrigins, seedUsers, seedVendors } from "./seeders/accounts.ts";
import { planCatalog, seedCategories, seedProducts } from "./seeders/catalog.ts";
import { seedBatchOrders } from "./seeders/batch-orders.ts";
import { seedDemoDeliveries } from "./seeders/deliveries.ts";
import { seedBatches, seedDeliveries } from "./seeders/logistics.ts";
import { seedVendorPortal } from "./seeders/vendor-portal.ts";

async function main() {
  const t0 = performance.now();
  const plan = planCatalog(); // starts rendering product images in the background
  const origins = await seedOrigins(prisma);
  const deliveries = await seedDeliveries(prisma);
  const { adminId } = await seedUsers(prisma);
  const vendors = await seedVendors(prisma, origins);
  const categories = await seedCategories(prisma);
  const catalog = await seedProducts(prisma, plan, vendors, categories);
  const batches = await seedBatches(prisma, origins, adminId);
  const batchOrders = await seedBatchOrders(prisma, adminId);
  const demoDeliveries = await seedDemoDeliveries(prisma, adminId);
  const vendorPortal = await seedVendorPortal(prisma, adminId);

  const [users, products, variants, openBatches, deliveryCount] = await Promise.all([
    prisma.user.count(),
    prisma.product.count({ where: { status: "ACTIVE" } }),
    prisma.variant.count(),
    prisma.batch.count({ where: { status: "OPEN" } }),
    prisma.delivery.count(),
  ]);
  console.log(
    `[seed] done in ${((performance.now() - t0) / 1000).toFixed(1)} s — ` +
      `${users} users, ${vendors.size} vendors, ${categories.size} categories, ` +
      `${products} active products (${catalog.created} new), ${variants} variants, ` +
      `${catalog.images} images (${catalog.imagesCreated} rendered), ${openBatches} open batches (${batches.created} new), ${batchOrders.created} demo batches with orders${batchOrders.skipped ? ` (${batchOrders.skipped})` : ""}, ` +
      `${deliveries.zones} delivery zones, ${deliveries.pickupPoints} pickup points, ` +
      `${deliveryCount} deliveries (${demoDeliveries.created} new${demoDeliveries.skipped ? `; ${demoDeliveries.skipped}` : ""}), ` +
      `${vendorPortal.lines} new vendor-portal lines`,
  );
}

main()
  .catch((e) => {
    console.error("[seed] failed:", e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
