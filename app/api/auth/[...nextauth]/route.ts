// GET/POST /api/auth/* — next-auth (credentials + JWT). A rate-limited sign-in becomes a real
// 429 with Retry-After (next-auth itself would answer 401 with the code in the error URL).
import NextAuth from "next-auth";
import { parseRateLimited } from "@/lib/auth/client";
import { authOptions } from "@/lib/auth/options";
import { deriveLocalNextAuthUrl } from "@/lib/env";

const handler = NextAuth(authOptions);

type TContext = { params: Promise<{ nextauth: string[] }> };

export function GET(req: Request, ctx: TContext): Promise<Response> {
  deriveLocalNextAuthUrl();
  return handler(req, ctx);
}

export async function POST(req: Request, ctx: TContext): Promise<Response> {
  deriveLocalNextAuthUrl();
  const res: Response = await handler(req, ctx);
  if (res.status !== 401 || !res.headers.get("content-type")?.includes("application/json")) return res;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { url?: string } | null;
  const error = body?.url ? new URL(body.url, "http://local.invalid").searchParams.get("error") : null;
  const retryAfter = parseRateLimited(error);
  if (!retryAfter) return res;
  const headers = new Headers(res.headers);
  headers.set("Retry-After", String(retryAfter));
  return new Response(res.body, { status: 429, headers });
}
