import "server-only";
import type { TTx } from "../db";
import type { TEnvelope } from "../http";
import type { TIntegration } from "../integrations";

export type TCtx = {
  tx: TTx;
  integration: TIntegration;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** Path parameters captured by the route pattern, in order. */
  params: string[];
};

export type THandler = (ctx: TCtx) => Promise<TEnvelope>;
