// GET /api/v1/products — product search: q, filters, sort, cursor (the rules of /search).
// Malformed parameters → 400 JSON with a message; ?facets=false skips the facet counts.
import { z } from "zod";
import { route, searchParamsObject } from "@/lib/http/route";
import { searchProductsAsJson } from "@/lib/search/search-products";
import { ZSearchParams } from "@/lib/search/schema";
import { PUBLIC_CATALOG_CACHE } from "../_lib/cache-headers";

const ZFacets = z.enum(["true", "false", "1", "0"]).default("true");

export const GET = route(async (req) => {
  const raw = searchParamsObject(req.url);
  const params = ZSearchParams.parse(raw);
  const withFacets = ["true", "1"].includes(z.object({ facets: ZFacets }).parse(raw).facets);
  const body = await searchProductsAsJson(params, withFacets);
  return new Response(body, { headers: { "Content-Type": "application/json", ...PUBLIC_CATALOG_CACHE } });
});
