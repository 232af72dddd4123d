// Is a state-changing request from one of our own pages? Pure (no server-only import) so that
// proxy.ts can use it for server actions and lib/http/cross-site.ts for route handlers.
//
// The Origin must be ours: APP_URL, and in development also the server's own origin (so
// http://127.0.0.1:3000 works next to http://localhost:3000). A request with no Origin at all
// is not a browser's cross-site request (browsers send Origin on every cross-origin
// POST/PUT/PATCH/DELETE): curl, server-side clients and tests may omit it, and Next's own
// server-action check lets it through too. Without Origin, Sec-Fetch-Site (sent by every current
// browser) still refuses a cross-site or same-site request.

export type TOriginPolicy = { appUrl: string; nodeEnv: string; requestUrl: string };

export function allowedOrigins({ appUrl, nodeEnv, requestUrl }: TOriginPolicy): Set<string> {
  const origins = new Set([new URL(appUrl).origin]);
  if (nodeEnv === "development") origins.add(new URL(requestUrl).origin);
  return origins;
}

/** Why the request is refused as cross-site, or null when it may proceed. */
export function crossSiteRefusal(headers: Headers, policy: TOriginPolicy): string | null {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    return site === "cross-site" || site === "same-site" ? "Cross-site requests are not accepted." : null;
  }
  return allowedOrigins(policy).has(origin)
    ? null
    : "Cross-site requests are not accepted (the Origin is not this site).";
}
