import "server-only";
import { NextResponse } from "next/server";
import { toErrorBody } from "@/lib/errors";

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

/**
 * Wraps a route handler: AppError/ZodError become 4xx JSON with a message, anything else a
 * generic 500 (logged, never a stack trace). Handlers stay thin: authenticate, parse, call lib/.
 */
export function route<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      return await handler(req, ctx);
    } catch (e) {
      const { status, body, headers } = toErrorBody(e);
      return NextResponse.json(body, headers ? { status, headers } : { status });
    }
  };
}

/** Parses a JSON body; malformed JSON is a 400, not a 500. */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const { AppError } = await import("@/lib/errors");
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

/** URLSearchParams → plain object (first value wins) for zod parsing. */
export function searchParamsObject(url: string | URL): Record<string, string> {
  const u = typeof url === "string" ? new URL(url) : url;
  const out: Record<string, string> = {};
  for (const [k, v] of u.searchParams) if (!(k in out)) out[k] = v;
  return out;
}
