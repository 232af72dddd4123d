import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { cache } from "react";
import { connection } from "next/server";
import { CATALOG_TAGS, type TChangeInput, tagsForChanges } from "@/lib/catalog/cache/tags";
import { processOrigin, publishCatalogTags } from "@/lib/catalog/cache/fanout";
import { type Db, prisma } from "@/lib/db";
import { isNextBuild } from "@/lib/env";

// Catalog read caching.
//
// Choice: `unstable_cache` with tags, NOT `"use cache"` + cacheTag. `"use cache"` needs
// `cacheComponents: true`, which makes every page that reads the session (every dashboard
// guard) wrap request data in Suspense and changes how `next build` prerenders;
// unstable_cache works in the default mode, in `next dev`, and with a `next build` that has
// no database. Its tags also reach the catalog pages cached whole (ISR) that read through
// it, so one expiry refreshes data and pages alike. Cached values go through JSON, so read
// models return DTOs with ISO date strings.
//
// What is cached: catalog data that is the same for every visitor (products, categories,
// vendors, open batches). Nothing user-specific is ever cached. Stock and batch figures may
// be up to CATALOG_REVALIDATE_SECONDS old: the cart quote reprices from the database and is
// authoritative, so reservations (every checkout) deliberately do not invalidate.
//
// Invalidation: write paths call `await invalidateCatalog(change, db)` after their write. It
// expires the tags in this process when inside a Next request (server action, route handler)
// AND publishes them with PostgreSQL NOTIFY (cache-fanout.ts). Every web process LISTENs
// (instrumentation.ts → cache-listener-boot.ts) and expires them in its own cache through a
// signed loopback request (revalidateTag needs a Next request). So a write from the worker,
// a script, the seed or another web instance reaches every instance within milliseconds; the
// revalidate window only bounds staleness while a listener is reconnecting (it then expires
// `catalog` once, since notifications sent meanwhile are lost).

export const CATALOG_REVALIDATE_SECONDS = 60;

export { CATALOG_TAGS, LISTING_TAGS, tagsForChanges, type TCatalogChange } from "@/lib/catalog/cache/tags";

/**
 * Expire cached catalog reads after a write, e.g. `await invalidateCatalog({ type: "product", productId }, tx)`,
 * `await invalidateCatalog("batch")`. Call it after the write, with the same `db`: on a
 * transaction client the NOTIFY is delivered at COMMIT (and dropped on rollback), on the plain
 * client at once. Never throws for a failed publish (the write already happened): it logs.
 */
export async function invalidateCatalog(
  changes: TChangeInput | readonly TChangeInput[],
  db: Db = prisma,
): Promise<string[]> {
  const tags = tagsForChanges(Array.isArray(changes) ? changes : [changes]);
  if (tags.length === 0) return tags;
  const isExpiredHere = expireCatalogTags(tags);
  try {
    // Our own listener skips the echo only when this process already expired the tags.
    await publishCatalogTags({ tags, origin: isExpiredHere ? processOrigin() : null }, db);
  } catch (e) {
    console.error(
      `[catalog-cache] could not publish ${tags.join(", ")}: other processes serve them until they expire`,
      e,
    );
  }
  return tags;
}

/**
 * Expires tags in this process's Next cache. Returns false outside a Next request (worker,
 * scripts, tests, timers in the web process), where there is nothing to expire from here.
 */
export function expireCatalogTags(tags: readonly string[]): boolean {
  for (const tag of tags) {
    try {
      // expire: 0 — the next read is fresh (a vendor editing a price must see it at once)
      revalidateTag(tag, { expire: 0 });
    } catch (e) {
      if (isOutsideNext(e)) return false;
      throw e;
    }
  }
  return true;
}

function isOutsideNext(e: unknown): boolean {
  return e instanceof Error && e.message.includes("static generation store missing");
}

/**
 * Wraps a read model in the Next data cache. `keyParts` must name the function; arguments
 * are part of the key automatically. Every entry carries the `catalog` tag plus `tags`.
 * Outside Next (tests, scripts) the function runs uncached.
 */
export function catalogCache<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  keyParts: string[],
  tags: readonly string[],
  revalidate: number = CATALOG_REVALIDATE_SECONDS,
): (...args: A) => Promise<R> {
  const cached = unstable_cache(fn, keyParts, { tags: [CATALOG_TAGS.all, ...tags], revalidate });
  return async (...args: A) => {
    // `next build` has no database: a page reading the catalog is never prerendered by it. The
    // catalog pages are listed with no params (rendered on first request, then cached); any
    // other page that reads the catalog (the shop chrome's categories) becomes per request.
    if (isNextBuild()) await connection();
    try {
      return await cached(...args);
    } catch (e) {
      if (e instanceof Error && e.message.includes("incrementalCache missing")) return fn(...args);
      throw e;
    }
  };
}

/**
 * A storefront read as pages and routes call it: in the Next data cache (catalogCache) and
 * deduplicated within one render (React cache: metadata and page ask once). Its arguments
 * are its cache key, so they are the few primitives that name the entry (a slug, a sort);
 * the read itself uses the shared client and takes `now` when the entry is filled.
 */
export function cachedCatalogRead<A extends unknown[], R>(
  name: string,
  tags: readonly string[],
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return cache(catalogCache(fn, [name], tags));
}
