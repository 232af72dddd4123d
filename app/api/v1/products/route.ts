// GET /api/v1/products — product search: q, filters, sort, cursor (the rules of /search).
// Malformed parameters → 400 JSON with a message; ?facets=false skips the facet counts.
import { z } from "zod";
import { route } from "@/lib/http/route";
import { searchProductsAsJson } from "@/lib/search/search-products";
import { ZSearchParams } from "@/lib/search/schema";
import { PUBLIC_CATALOG_CACHE } from "../_lib/cache-headers";

const ZQuery = ZSearchParams.and(z.object({ facets: z.enum(["true", "false", "1", "0"]).default("true") }));

export const GET = route({ permission: "public", query: ZQuery }, async (_req, { query }) => {
  const { facets, ...params } = query;
  const body = await searchProductsAsJson(params, facets === "true" || facets === "1");
  return new Response(body, { headers: { "Content-Type": "application/json", ...PUBLIC_CATALOG_CACHE } });
});
