import "server-only";
import { CATALOG_CACHE_CHANNEL, decodeNotification } from "@/lib/catalog/cache/fanout";
import { CATALOG_TAGS } from "@/lib/catalog/cache/tags";
import { startPgListener, type TPgListener } from "@/lib/realtime/pg-listener";

// Cross-process cache invalidation, listening side: catalog tags published by any process
// (cache/fanout.ts) reach `onTags` here, on the process's LISTEN connection.

export type TCatalogCacheListenerOptions = {
  connectionString: string;
  /** Tags to expire in this process: the notified ones, or `catalog` after a reconnect. */
  onTags: (tags: string[]) => void;
  /** This process's origin: notifications it published after expiring them itself are skipped. */
  origin?: string;
  applicationName?: string;
  minDelayMs?: number;
  maxDelayMs?: number;
  pingIntervalMs?: number;
};

export type TCatalogCacheListener = TPgListener;

export function startCatalogCacheListener(opts: TCatalogCacheListenerOptions): TCatalogCacheListener {
  const { connectionString, onTags, origin, applicationName, ...timing } = opts;
  return startPgListener({
    ...timing,
    connectionString,
    name: applicationName ?? "catalog-cache-listener",
    channels: [CATALOG_CACHE_CHANNEL],
    onNotification(_channel, payload) {
      const n = decodeNotification(payload);
      // The publisher already expired these here (see invalidateCatalog): skip the echo.
      if (origin && n.origin === origin) return;
      onTags(n.tags);
    },
    // Notifications sent while the connection was down are lost: expire everything once.
    onReconnect: () => onTags([CATALOG_TAGS.all]),
  });
}
