// GET /api/v1/products/[slug] — one product: variants with availability, the open batch a
// pre-order ships in, images, vendor, related products. Unknown or hidden → 404 JSON.
import { NextResponse } from "next/server";
import { getProductPage } from "@/lib/catalog/get-product-page";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { PUBLIC_CATALOG_CACHE } from "../../_lib/cache-headers";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const GET = route<{ params: Promise<{ slug: string }> }>(async (_req, ctx) => {
  const { slug } = await ctx.params;
  const product = slug.length <= 120 && SLUG.test(slug) ? await getProductPage(slug) : null;
  if (!product) throw new AppError("NOT_FOUND", "No product with this slug.");
  return NextResponse.json({ product }, { headers: PUBLIC_CATALOG_CACHE });
});
