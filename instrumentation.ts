// Next.js calls register() once when a server process starts.
export async function register() {
  // Node.js servers only (the edge runtime has no PostgreSQL driver or timers to keep).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The TCP peer address of each request, for clientIp() when no proxy is trusted (TRUST_PROXY).
  const { installPeerAddressHook } = await import("@/lib/auth/peer-address");
  installPeerAddressHook();
  const { bootPaystackEmulator } = await import("@/lib/integrations/paystack/emulator/boot");
  bootPaystackEmulator();
  // Catalog writes made by other processes (worker, scripts, other instances) expire this one's cache.
  const { bootCatalogCacheListener } = await import("@/lib/catalog/cache/listener-boot");
  bootCatalogCacheListener();
  // Cached pages on disk are open-ended (any search, any unknown slug): keep them bounded.
  const { bootRouteCacheSweeper } = await import("@/lib/catalog/cache/route-cache-sweeper");
  bootRouteCacheSweeper();
}
