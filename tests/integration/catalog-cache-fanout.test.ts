// Cross-process catalog cache invalidation over PostgreSQL LISTEN/NOTIFY: what one process
// publishes (the worker, a script, another web instance) reaches every listener with the exact
// tags, only once committed, collapsed when too big, and a listener that lost its connection
// comes back and expires everything once (it may have missed notifications).
import { afterEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { prisma } from "@/lib/db";
import { invalidateCatalog } from "@/lib/catalog/cache/catalog-cache";
import { CATALOG_CACHE_CHANNEL, publishCatalogTags } from "@/lib/catalog/cache/fanout";
import { startCatalogCacheListener, type TCatalogCacheListener } from "@/lib/catalog/cache/listener";
import { CATALOG_TAGS } from "@/lib/catalog/cache/tags";
import { updateProduct } from "@/lib/catalog/update-product";
import { createTestProduct, uniq } from "../factories/catalog";

const started: TCatalogCacheListener[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((l) => l.stop()));
});

/** A listener recording every delivery (other test files publish too: match unique tags). */
async function listen(opts: { origin?: string; applicationName?: string } = {}) {
  const got: string[][] = [];
  const listener = startCatalogCacheListener({
    connectionString: process.env.DATABASE_URL!,
    onTags: (tags) => void got.push(tags),
    minDelayMs: 50,
    ...opts,
  });
  started.push(listener);
  await listener.ready;
  const has = (tag: string) => got.some((tags) => tags.includes(tag));
  return { got, has, listener };
}

const uniqueTag = () => CATALOG_TAGS.product(uniq("cache"));

describe("catalog cache fan-out", () => {
  it("delivers the exact tags published from another connection to every listener", async () => {
    const a = await listen();
    const b = await listen();
    const tag = uniqueTag();
    await publishCatalogTags({ tags: [CATALOG_TAGS.stock, tag], origin: null });
    for (const l of [a, b]) await vi.waitFor(() => expect(l.got).toContainEqual([CATALOG_TAGS.stock, tag]));
  });

  it("a catalog write outside Next (as in the worker) publishes its tags", async () => {
    const l = await listen();
    const { product } = await createTestProduct();
    await updateProduct({
      productId: product.id,
      vendorId: product.vendorId,
      title: "Renamed by the fan-out test",
    });
    await vi.waitFor(() =>
      expect(l.got).toContainEqual(
        expect.arrayContaining([CATALOG_TAGS.products, CATALOG_TAGS.stock, CATALOG_TAGS.product(product.id)]),
      ),
    );
  });

  it("skips its own process's echo, but not notifications without an origin", async () => {
    const l = await listen({ origin: "this-process" });
    const [echo, other] = [uniqueTag(), uniqueTag()];
    // One transaction: both leave at COMMIT, in order, so `other` arriving means `echo` was seen.
    await prisma.$transaction(async (tx) => {
      await publishCatalogTags({ tags: [echo], origin: "this-process" }, tx);
      await publishCatalogTags({ tags: [other], origin: null }, tx);
    });
    await vi.waitFor(() => expect(l.has(other)).toBe(true));
    expect(l.has(echo)).toBe(false);
  });

  it("publishes nothing for a rolled-back transaction (NOTIFY is delivered at commit)", async () => {
    const l = await listen();
    const [rolledBack, committed] = [uniq("rolled-back"), uniq("committed")];
    await expect(
      prisma.$transaction(async (tx) => {
        await invalidateCatalog({ type: "stock", productId: rolledBack }, tx);
        throw new Error("write refused");
      }),
    ).rejects.toThrow("write refused");
    await invalidateCatalog({ type: "stock", productId: committed }, prisma);
    await vi.waitFor(() => expect(l.has(CATALOG_TAGS.product(committed))).toBe(true));
    expect(l.has(CATALOG_TAGS.product(rolledBack))).toBe(false);
  });

  it("collapses an oversized tag list to `catalog`, and reads a foreign payload as `catalog`", async () => {
    const l = await listen();
    const many = Array.from({ length: 400 }, () => uniqueTag());
    await publishCatalogTags({ tags: many, origin: null }); // 400 tags ≈ 17 kB: over NOTIFY's 8000 bytes
    await vi.waitFor(() => expect(l.got).toContainEqual([CATALOG_TAGS.all]));
    expect(l.has(many[0]!)).toBe(false);

    l.got.length = 0;
    await prisma.$executeRaw`SELECT pg_notify(${CATALOG_CACHE_CHANNEL}, 'not json')`;
    await vi.waitFor(() => expect(l.got).toContainEqual([CATALOG_TAGS.all]));
  });

  it("reconnects after losing its connection, expires everything once, then hears notifications again", async () => {
    const applicationName = uniq("listener");
    const l = await listen({ applicationName });
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        [applicationName],
      );
      expect(rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    await vi.waitFor(() => expect(l.got).toContainEqual([CATALOG_TAGS.all]), { timeout: 10_000 });
    const after = uniqueTag();
    await publishCatalogTags({ tags: [after], origin: null });
    await vi.waitFor(() => expect(l.has(after)).toBe(true));
  });
});
