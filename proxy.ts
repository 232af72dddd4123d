// Runs before routing, for two jobs:
// 1. Catalog listings: the query string becomes a canonical page key in the path
//    (lib/catalog/cache/page-keys.ts), so /search, /c/… and /v/… views are cached per key (ISR).
//    Only for URLs whose key needs computing: the common ones (no sort or page, the bare
//    /search, plain words) are rewritten by next.config, far cheaper (lib/catalog/cache/page-routes.ts).
// 2. Signed-in areas: an optimistic redirect of signed-out visitors. It only looks for a valid
//    next-auth JWT cookie (no database): a revoked session or a missing role is refused by the
//    guards in lib/auth/guards.ts, which every page and route calls itself.
// 3. Server actions (POST with a Next-Action header, to any page): a foreign Origin answers 403
//    here. Next checks the Origin too, but answers a refused action with a 500; the rule is the
//    route handlers' one (lib/http/same-origin.ts: APP_URL, no Origin only from non-browsers).
import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { listingPageKey, searchPageKey } from "@/lib/catalog/cache/page-keys";
import { serverEnv } from "@/lib/env";
import { crossSiteRefusal } from "@/lib/http/same-origin";

const LISTING = /^\/(c|v)\/([^/]+)\/?$/;
const SIGNED_IN_AREA = /^\/(account|orders|checkout|vendor|admin)(\/|$)/;

function rewriteToKey(req: NextRequest, pathname: string): NextResponse {
  const url = req.nextUrl.clone();
  url.pathname = pathname;
  // only the router's own parameter goes on (the page reads the key, never the query)
  const rsc = req.nextUrl.searchParams.get("_rsc");
  url.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`;
  return NextResponse.rewrite(url);
}

export async function proxy(req: NextRequest) {
  const { pathname, searchParams } = req.nextUrl;
  const isServerAction = req.method === "POST" && req.headers.has("next-action");
  if (isServerAction) {
    const env = serverEnv();
    const refusal = crossSiteRefusal(req.headers, { appUrl: env.APP_URL, nodeEnv: env.NODE_ENV, requestUrl: req.url });
    if (refusal) return NextResponse.json({ error: { code: "FORBIDDEN", message: refusal } }, { status: 403 });
  }
  if (pathname === "/search" || pathname === "/search/") {
    return rewriteToKey(req, `/search/${searchPageKey(searchParams)}`);
  }
  const listing = LISTING.exec(pathname);
  if (listing) {
    return rewriteToKey(req, `/${listing[1]}/${listing[2]}/${listingPageKey(searchParams)}`);
  }

  if (isServerAction && !SIGNED_IN_AREA.test(pathname)) return NextResponse.next(); // a storefront page's action
  const token = await getToken({ req, secret: serverEnv().authSecret }).catch(() => null);
  if (token?.sid) return NextResponse.next();
  const signIn = new URL("/sign-in", req.url);
  signIn.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

// Next reads the matcher statically, so the parameter lists are written out here; a unit test
// checks them against SEARCH_FILTER_KEYS, LISTING_KEYS and PLAIN_QUERY_SOURCE.
export const config = {
  matcher: [
    {
      source: "/search",
      has: [{ type: "query", key: "q", value: "(?!(?=.{1,60}$)[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$).+" }],
    },
    { source: "/search", has: [{ type: "query", key: "category" }] },
    { source: "/search", has: [{ type: "query", key: "vendor" }] },
    { source: "/search", has: [{ type: "query", key: "minPrice" }] },
    { source: "/search", has: [{ type: "query", key: "maxPrice" }] },
    { source: "/search", has: [{ type: "query", key: "availability" }] },
    { source: "/search", has: [{ type: "query", key: "origin" }] },
    { source: "/search", has: [{ type: "query", key: "size" }] },
    { source: "/search", has: [{ type: "query", key: "colour" }] },
    { source: "/search", has: [{ type: "query", key: "sort" }] },
    { source: "/search", has: [{ type: "query", key: "cursor" }] },
    { source: "/search", has: [{ type: "query", key: "limit" }] },
    { source: "/c/:slug", has: [{ type: "query", key: "sort" }] },
    { source: "/c/:slug", has: [{ type: "query", key: "page" }] },
    { source: "/v/:slug", has: [{ type: "query", key: "sort" }] },
    { source: "/v/:slug", has: [{ type: "query", key: "page" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    "/account/:path*",
    "/orders/:path*",
    "/checkout/:path*",
    "/vendor/:path*",
    "/admin/:path*",
  ],
};
