import "server-only";
import { processOrigin } from "@/lib/catalog/cache/fanout";
import { startCatalogCacheListener, type TCatalogCacheListener } from "@/lib/catalog/cache/listener";
import { postRevalidateRequest } from "@/lib/catalog/cache/revalidate-request";
import { CATALOG_TAGS, MAX_TAGS_PER_MESSAGE } from "@/lib/catalog/cache/tags";
import { isNextBuild, serverEnv, serverPort } from "@/lib/env";

// Started once per web process by instrumentation.ts: listens for catalog tags other processes
// published and expires them here through the signed loopback route.

const globalForListener = globalThis as unknown as { catalogCacheListener?: TCatalogCacheListener };

/** Starts the listener unless building, without a database, or already running (dev re-runs register()). */
export function bootCatalogCacheListener(): void {
  const env = serverEnv();
  if (isNextBuild() || !env.DATABASE_URL || globalForListener.catalogCacheListener) return;
  const relay = createTagRelay(async (tags) => {
    // Read at send time: PORT is set once the server listens, possibly after register() ran.
    const port = serverPort();
    if (!port) throw new Error("PORT is not set: cannot reach this server's revalidate route");
    await postRevalidateRequest(`http://127.0.0.1:${port}`, tags, env.authSecret);
  });
  const listener = startCatalogCacheListener({
    connectionString: env.DATABASE_URL,
    origin: processOrigin(),
    onTags: relay,
  });
  globalForListener.catalogCacheListener = listener;
  // Cached pages and data outlive the process on disk (.next/server, .next/cache), and the
  // writes made while it was not running were never heard: expire everything once, as after
  // a reconnect.
  void listener.ready.then(() => relay([CATALOG_TAGS.all]));
}

const RETRY_DELAYS_MS = [250, 1_000, 4_000];

/**
 * Coalesces bursts (a seed or a bulk import notifies once per write) into one request per
 * `windowMs`, and retries a failed request a few times (the server may still be starting).
 */
export function createTagRelay(send: (tags: string[]) => Promise<void>, windowMs = 25): (tags: string[]) => void {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  async function flush() {
    timer = undefined;
    const tags = pending.size > MAX_TAGS_PER_MESSAGE ? [CATALOG_TAGS.all] : [...pending];
    pending = new Set();
    for (const delay of [...RETRY_DELAYS_MS, null]) {
      try {
        return await send(tags);
      } catch (e) {
        if (delay === null) {
          // Lost for this process until the entries' revalidate window ends: say so loudly.
          console.error(`[catalog-cache] could not expire ${tags.join(", ")} in this process`, e);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
      }
    }
  }

  return (tags) => {
    for (const tag of tags) pending.add(tag);
    if (!timer) {
      timer = setTimeout(() => void flush(), windowMs);
      timer.unref();
    }
  };
}
