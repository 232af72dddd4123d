// GET /api/v1/products/[slug] — one product: variants with availability, the open batch a
// pre-order ships in, images, vendor, related products. Unknown or hidden → 404 JSON.
import { NextResponse } from "next/server";
import { z } from "zod";
import { getProductPage } from "@/lib/catalog/get-product-page";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { PUBLIC_CATALOG_CACHE } from "../../_lib/cache-headers";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ZParams = z.object({ slug: z.string() });

export const GET = route({ permission: "public", params: ZParams }, async (_req, { params: { slug } }) => {
  const product = slug.length <= 120 && SLUG.test(slug) ? await getProductPage(slug) : null;
  if (!product) throw new AppError("NOT_FOUND", "No product with this slug.");
  return NextResponse.json({ product }, { headers: PUBLIC_CATALOG_CACHE });
});
