import "server-only";
import { Socket } from "node:net";
import pg from "pg";
import { CATALOG_CACHE_CHANNEL, decodeNotification } from "@/lib/catalog/cache/fanout";
import { CATALOG_TAGS } from "@/lib/catalog/cache/tags";

// Cross-process cache invalidation, listening side: ONE dedicated connection per web process
// (LISTEN needs a session of its own; a pooled connection would be handed to queries).

export type TCatalogCacheListenerOptions = {
  connectionString: string;
  /** Tags to expire in this process: the notified ones, or `catalog` after a reconnect. */
  onTags: (tags: string[]) => void;
  /** This process's origin: notifications it published after expiring them itself are skipped. */
  origin?: string;
  applicationName?: string;
  /** Reconnect backoff: doubles from min to max (with jitter) while the database is away. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A half-open TCP connection raises no error: a periodic query finds it. */
  pingIntervalMs?: number;
};

export type TCatalogCacheListener = {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  /** Ends the connection and any pending reconnect. */
  stop(): Promise<void>;
};

// An unref'd socket: the listener never keeps a process alive (Ctrl-C, scripts, tests).
function unrefSocket(): Socket {
  const socket = new Socket();
  socket.unref();
  return socket;
}

export function startCatalogCacheListener(opts: TCatalogCacheListenerOptions): TCatalogCacheListener {
  const minDelayMs = opts.minDelayMs ?? 500;
  const maxDelayMs = opts.maxDelayMs ?? 30_000;
  let client: pg.Client | null = null;
  let failures = 0;
  let hasListened = false;
  let isStopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let pingTimer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  function deliver(tags: string[]) {
    try {
      opts.onTags(tags);
    } catch (e) {
      console.error("[catalog-cache] expiring relayed tags failed", e);
    }
  }

  async function connect() {
    retryTimer = undefined;
    if (isStopped) return;
    const c = new pg.Client({
      connectionString: opts.connectionString,
      application_name: opts.applicationName ?? "catalog-cache-listener",
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      query_timeout: 10_000,
      stream: unrefSocket,
    });
    client = c;
    c.on("error", (e) => fail(c, e));
    c.on("end", () => fail(c, new Error("connection closed")));
    c.on("notification", (msg) => {
      if (client !== c || msg.channel !== CATALOG_CACHE_CHANNEL) return;
      const n = decodeNotification(msg.payload);
      // The publisher already expired these here (see invalidateCatalog): skip the echo.
      if (opts.origin && n.origin === opts.origin) return;
      deliver(n.tags);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CATALOG_CACHE_CHANNEL}`);
    } catch (e) {
      return fail(c, e);
    }
    if (client !== c) return; // stopped or failed meanwhile
    failures = 0;
    // Notifications sent while we were away are lost: expire everything once.
    if (hasListened) {
      console.warn("[catalog-cache] listener reconnected: expiring the whole catalog once");
      deliver([CATALOG_TAGS.all]);
    }
    hasListened = true;
    markReady();
    pingTimer = setInterval(
      () => void c.query("SELECT 1").catch((e: unknown) => fail(c, e)),
      opts.pingIntervalMs ?? 30_000,
    );
    pingTimer.unref();
  }

  function fail(c: pg.Client, error: unknown) {
    if (client !== c) return; // late events of a connection already given up
    client = null;
    clearInterval(pingTimer);
    void c.end().catch(() => {});
    if (isStopped) return;
    const delay = Math.min(maxDelayMs, minDelayMs * 2 ** failures) * (0.5 + Math.random() / 2);
    failures++;
    console.warn(`[catalog-cache] listener connection lost, retrying in ${Math.round(delay)} ms:`, String(error));
    retryTimer = setTimeout(() => void connect(), delay);
    retryTimer.unref();
  }

  void connect();
  return {
    ready,
    async stop() {
      isStopped = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
