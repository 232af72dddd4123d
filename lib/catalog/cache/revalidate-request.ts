import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { MAX_TAGS_PER_MESSAGE, ZCatalogTag } from "@/lib/catalog/cache/tags";
import { AppError } from "@/lib/errors";

// The loopback request a web process's cache listener sends to its own server, because
// revalidateTag only works inside a Next request. The route is public like any other, so it is
// signed: HMAC-SHA256 over "<timestamp>.<raw body>" with a key derived from the auth secret
// (a separate key, so a signature here is worth nothing anywhere else). Verified over the raw
// bytes before any parsing; old timestamps are refused. A replay inside the window can only
// expire catalog tags again, which costs a cache miss and nothing else.

export const REVALIDATE_PATH = "/api/internal/cache/revalidate";
export const TIMESTAMP_HEADER = "x-catalog-cache-timestamp";
export const SIGNATURE_HEADER = "x-catalog-cache-signature";
/** Sender and receiver are the same process: anything older was not sent just now. */
export const MAX_AGE_MS = 30_000;
const MAX_BODY_BYTES = 16_384;

export const ZRevalidateRequestBody = z.strictObject({
  tags: z.array(ZCatalogTag).min(1).max(MAX_TAGS_PER_MESSAGE),
});
export type TRevalidateRequestBody = z.infer<typeof ZRevalidateRequestBody>;

function signingKey(authSecret: string): Buffer {
  return createHmac("sha256", authSecret).update("londom/catalog-cache-revalidate/v1").digest();
}

/** Hex HMAC of one request. */
export function signRevalidateBody(raw: string, timestamp: number, authSecret: string): string {
  return createHmac("sha256", signingKey(authSecret)).update(`${timestamp}.${raw}`).digest("hex");
}

/** Constant-time check; false for missing, malformed, too old or too new headers. */
export function isValidRevalidateSignature(args: {
  raw: string;
  timestamp: string | null;
  signature: string | null;
  authSecret: string;
  now?: number;
}): boolean {
  const { raw, timestamp, signature, authSecret } = args;
  if (!timestamp || !signature || !/^\d{1,15}$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const ts = Number(timestamp);
  if (Math.abs((args.now ?? Date.now()) - ts) > MAX_AGE_MS) return false;
  const expected = Buffer.from(signRevalidateBody(raw, ts, authSecret), "hex");
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}

/** Body and headers of a signed request for `tags`. */
export function buildRevalidateRequest(tags: string[], authSecret: string, now: number = Date.now()) {
  const body = JSON.stringify({ tags } satisfies TRevalidateRequestBody);
  const headers = {
    "content-type": "application/json",
    [TIMESTAMP_HEADER]: String(now),
    [SIGNATURE_HEADER]: signRevalidateBody(body, now, authSecret),
  };
  return { body, headers };
}

/** Authenticates, then parses a request: 401 for a bad signature, 400 for a bad body (ZodError). */
export async function readRevalidateRequest(req: Request, authSecret: string, now?: number): Promise<string[]> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    throw new AppError("BAD_REQUEST", "The request body is too large.");
  const raw = await req.text();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) throw new AppError("BAD_REQUEST", "The request body is too large.");
  const signature = { raw, timestamp: req.headers.get(TIMESTAMP_HEADER), signature: req.headers.get(SIGNATURE_HEADER) };
  if (!isValidRevalidateSignature({ ...signature, authSecret, now }))
    throw new AppError("UNAUTHORIZED", "Missing, invalid or expired cache request signature.");
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  return ZRevalidateRequestBody.parse(body).tags;
}

/** Sends a signed request to the server at `origin` (this process's own, in practice). */
export async function postRevalidateRequest(origin: string, tags: string[], authSecret: string): Promise<void> {
  const { body, headers } = buildRevalidateRequest(tags, authSecret);
  const res = await fetch(`${origin}${REVALIDATE_PATH}`, {
    method: "POST",
    body,
    headers,
    cache: "no-store",
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`${REVALIDATE_PATH} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
}
