import "server-only";
import { Socket } from "node:net";
import pg from "pg";

// PostgreSQL LISTEN on ONE dedicated connection per process (LISTEN needs a session of its
// own; a pooled connection would be handed to queries), for anything that fans out across
// web instances: catalog cache expiry, live order tracking. Reconnects with backoff and
// jitter while the database is away, and finds a half-open TCP connection by pinging.

export type TPgListenerOptions = {
  connectionString: string;
  channels: readonly string[];
  onNotification: (channel: string, payload: string | undefined) => void;
  /** Called after a reconnect: notifications sent while the connection was down are lost. */
  onReconnect?: () => void;
  /** Prefix of this listener's log lines and its application_name. */
  name?: string;
  /** Reconnect backoff: doubles from min to max (with jitter) while the database is away. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A half-open TCP connection raises no error: a periodic query finds it. */
  pingIntervalMs?: number;
};

export type TPgListener = {
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

export function startPgListener(opts: TPgListenerOptions): TPgListener {
  const name = opts.name ?? "pg-listener";
  const channels = new Set(opts.channels);
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

  function safely(what: string, fn: () => void) {
    try {
      fn();
    } catch (e) {
      console.error(`[${name}] ${what} failed`, e);
    }
  }

  async function connect() {
    retryTimer = undefined;
    if (isStopped) return;
    const c = new pg.Client({
      connectionString: opts.connectionString,
      application_name: name,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      query_timeout: 10_000,
      stream: unrefSocket,
    });
    client = c;
    c.on("error", (e) => fail(c, e));
    c.on("end", () => fail(c, new Error("connection closed")));
    c.on("notification", (msg) => {
      if (client !== c || !channels.has(msg.channel)) return;
      safely("handling a notification", () => opts.onNotification(msg.channel, msg.payload));
    });
    try {
      await c.connect();
      for (const channel of channels) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (e) {
      return fail(c, e);
    }
    if (client !== c) return; // stopped or failed meanwhile
    failures = 0;
    if (hasListened && opts.onReconnect) {
      console.warn(`[${name}] reconnected: notifications sent meanwhile were lost`);
      safely("catching up after a reconnect", opts.onReconnect);
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
    console.warn(`[${name}] connection lost, retrying in ${Math.round(delay)} ms:`, String(error));
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
