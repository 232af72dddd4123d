import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, toErrorBody } from "@/lib/errors";
import { resolveCaller, type TCaller, type TPermission } from "@/lib/http/caller";
import { assertJsonContentType, assertSameOrigin, isMutatingMethod } from "@/lib/http/cross-site";
import { assertStorableInput } from "@/lib/http/text";

// The one wrapper for route handlers, the twin of action() for server actions. Each route
// declares who may call it (an RBAC action, or "public") and the zod schemas of what it reads;
// the wrapper refuses cross-site writes (lib/http/cross-site.ts), checks the caller, parses the
// dynamic params, query string, headers and JSON body in that order (a string PostgreSQL cannot
// store — NUL, unpaired surrogate — is a 400 before zod sees it: lib/http/text.ts), and maps
// AppError/ZodError to 4xx JSON with a message (anything else: a logged, generic 500 — never a
// stack trace). Handlers stay thin: call one lib/ use case, answer.

type TSchema = z.ZodType | undefined;
type TParsed<S extends TSchema> = S extends z.ZodType ? z.output<S> : undefined;

type TRouteConfig<P extends TPermission, B extends TSchema, Q extends TSchema, R extends TSchema, H extends TSchema> = {
  permission: P;
  /** Request headers as a plain object with lower-case names. */
  headers?: H;
  /** The JSON body. Malformed JSON is a 400; an empty body parses as `{}`. */
  body?: B;
  /** The query string as a plain object (first value of each key). */
  query?: Q;
  /** The dynamic route segments. */
  params?: R;
  /** Public routes only: resolve the (optional) session. Off by default so cached answers stay cacheable. */
  readSession?: boolean;
  /**
   * A webhook or peer call authenticated by its signature (Paystack, Twilio, Postmark, the
   * cache relay): exempt from the browser checks below. Every other POST/PUT/PATCH/DELETE must
   * come from our own Origin (403), and one with a `body` schema must be application/json (415).
   */
  serverToServer?: true;
};

export type TRouteContext<
  P extends TPermission,
  B extends TSchema,
  Q extends TSchema,
  R extends TSchema,
  H extends TSchema,
> = TCaller<P> & {
  headers: TParsed<H>;
  body: TParsed<B>;
  query: TParsed<Q>;
  params: TParsed<R>;
};

type TNextContext = { params: Promise<Record<string, string | string[]>> };

export function route<
  P extends TPermission,
  B extends TSchema = undefined,
  Q extends TSchema = undefined,
  R extends TSchema = undefined,
  H extends TSchema = undefined,
>(
  config: TRouteConfig<P, B, Q, R, H>,
  handler: (req: Request, ctx: TRouteContext<P, B, Q, R, H>) => Promise<Response>,
): (req: Request, next?: TNextContext) => Promise<Response> {
  return async (req, next) => {
    try {
      if (isMutatingMethod(req.method) && !config.serverToServer) {
        assertSameOrigin(req);
        if (config.body) assertJsonContentType(req);
      }
      const readSession = config.permission !== "public" || config.readSession === true;
      const caller = await resolveCaller(config.permission, req.headers, { readSession });
      const params = config.params ? config.params.parse(storable((await next?.params) ?? {})) : undefined;
      const query = config.query ? config.query.parse(storable(searchParamsObject(req.url))) : undefined;
      const headers = config.headers ? config.headers.parse(Object.fromEntries(req.headers)) : undefined;
      const body = config.body ? config.body.parse(storable(await readJson(req))) : undefined;
      return await handler(req, { ...caller, params, query, headers, body } as TRouteContext<P, B, Q, R, H>);
    } catch (e) {
      const { status, body, headers } = toErrorBody(e);
      return NextResponse.json(body, headers ? { status, headers } : { status });
    }
  };
}

/** 400 for a NUL or an unpaired surrogate anywhere in the input (lib/http/text.ts), before zod sees it. */
function storable<T>(input: T): T {
  assertStorableInput(input);
  return input;
}

/** Parses a JSON body; malformed JSON is a 400, not a 500. */
async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

/** URLSearchParams → plain object (first value wins) for zod parsing. */
function searchParamsObject(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(url).searchParams) if (!(k in out)) out[k] = v;
  return out;
}
