import "server-only";
import { serverEnv } from "@/lib/env";

// The client's IP, for rate limits, sessions and the audit log. Next 16 gives route handlers,
// server actions and next-auth only the request headers — no socket — and `next start` sets
// X-Forwarded-For to the socket address only when the client did not send one
// (next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`). So without a
// proxy a client could name any IP it liked, and rotate it to dodge the per-IP sign-in limit.
//
// - TRUST_PROXY unset (or 0): no proxy in front. X-Forwarded-For is ignored; the address is the
//   socket's, which lib/auth/peer-address.ts (installed by instrumentation.ts) writes into
//   PEER_ADDRESS_HEADER on every request, replacing anything the client sent under that name.
// - TRUST_PROXY=N: N proxies we run sit in front (a load balancer = 1; a CDN in front of it = 2).
//   Each appends the address it received the connection from to X-Forwarded-For (nginx
//   `$proxy_add_x_forwarded_for`, AWS ALB, Render, Fly, Cloudflare in front of an origin proxy),
//   so the client is the Nth entry from the right; entries further left are whatever the client
//   sent. A request with fewer entries did not pass all N proxies: its socket address is used.

/** Request header the peer-address hook sets to the TCP peer's address. */
export const PEER_ADDRESS_HEADER = "x-londom-peer-address";

type THeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: THeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const v = source[name];
  return Array.isArray(v) ? v.join(",") : v;
}

function normalize(ip: string | undefined): string | undefined {
  const s = ip?.trim().replace(/^::ffff:/, "");
  return s ? s.slice(0, 64) : undefined;
}

/** The client's IP ("unknown" when neither a trusted header nor the peer address is there). */
export function clientIp(headers: THeaderSource, trustProxy: number = serverEnv().TRUST_PROXY): string {
  const peer = normalize(header(headers, PEER_ADDRESS_HEADER));
  if (trustProxy > 0) {
    const hops = (header(headers, "x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const client = hops.length >= trustProxy ? normalize(hops[hops.length - trustProxy]) : undefined;
    return client ?? peer ?? "unknown";
  }
  return peer ?? "unknown";
}

export function userAgent(headers: THeaderSource): string | undefined {
  return header(headers, "user-agent")?.slice(0, 300) || undefined;
}
