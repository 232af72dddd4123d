import "server-only";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { crossSiteRefusal } from "@/lib/http/same-origin";

// Cross-site request checks for mutating route handlers (route() calls them; server actions
// get the same Origin rule in proxy.ts, ahead of Next's own check). A hostile page can make a
// browser send a "simple" cross-site POST — text/plain, form-encoded or multipart — without a
// CORS preflight, and a text/plain body used to be parsed as JSON. So:
// - a route that reads a JSON body accepts only Content-Type: application/json (415 otherwise);
//   a browser sends that type cross-site only after a preflight, which we never answer;
// - the Origin must be ours (lib/http/same-origin.ts), 403 otherwise.
// Webhooks and other server-to-server calls authenticate by signature and skip both checks
// (route({ serverToServer: true })).

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isMutatingMethod(method: string): boolean {
  return MUTATING.has(method.toUpperCase());
}

/** 403 unless the request comes from one of our own pages (or from no browser at all). */
export function assertSameOrigin(req: Request): void {
  const env = serverEnv();
  const refusal = crossSiteRefusal(req.headers, { appUrl: env.APP_URL, nodeEnv: env.NODE_ENV, requestUrl: req.url });
  if (refusal) throw new AppError("FORBIDDEN", refusal);
}

/** 415 unless the body is declared as JSON (application/json, any parameters). */
export function assertJsonContentType(req: Request): void {
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the request body as JSON (Content-Type: application/json${type ? `, not ${type}` : ""}).`,
    );
}
