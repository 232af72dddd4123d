import "server-only";

type THeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: THeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const v = source[name];
  return Array.isArray(v) ? v.join(",") : v;
}

/**
 * The client's IP for rate limiting. Behind a load balancer the nearest hop appends the real
 * peer address last, so the RIGHTMOST X-Forwarded-For entry is the one a client cannot forge
 * (entries to its left are whatever the client sent). `next start` itself only sets the header
 * when it is absent, so deploy behind a proxy that appends it.
 */
export function clientIp(headers: THeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  const ip = last ?? header(headers, "x-real-ip")?.trim();
  return ip ? ip.replace(/^::ffff:/, "").slice(0, 64) : "unknown";
}

export function userAgent(headers: THeaderSource): string | undefined {
  return header(headers, "user-agent")?.slice(0, 300) || undefined;
}
