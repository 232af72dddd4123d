// Storefront helpers shared by the checkout specs: find a purchasable variant through the
// public API and make the (synced) cart exactly some lines.
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export type TVariant = { id: string; priceMinor: number; title: string };
type TProduct = {
  slug: string;
  title: string;
  variants: {
    id: string;
    priceMinor: number;
    availability: string;
    remaining: number | null;
    isPurchasable: boolean;
  }[];
};

/**
 * A purchasable variant of the given availability with at least `need` units left (from one
 * origin, by its code, when `opts.origin` is given).
 */
export async function findVariant(
  request: APIRequestContext,
  availability: "in_stock" | "pre_order",
  need = 1,
  skip = 0,
  opts: { origin?: string } = {},
): Promise<TVariant> {
  const origin = opts.origin ? `&origin=${encodeURIComponent(opts.origin)}` : "";
  const list = await request.get(
    `/api/v1/products?availability=${availability}${origin}&limit=48&facets=false&sort=price_asc`,
  );
  expect(list.ok()).toBeTruthy();
  const { items } = (await list.json()) as { items: { slug: string }[] };
  let skipped = 0;
  for (const item of items) {
    const res = await request.get(`/api/v1/products/${item.slug}`);
    if (!res.ok()) continue;
    const { product } = (await res.json()) as { product: TProduct };
    const want = availability === "in_stock" ? "IN_STOCK" : "PRE_ORDER";
    const v = product.variants.find(
      (x) => x.availability === want && x.isPurchasable && (x.remaining === null || x.remaining >= need),
    );
    if (!v) continue;
    if (skipped++ < skip) continue;
    return { id: v.id, priceMinor: v.priceMinor, title: product.title };
  }
  throw new Error(`no purchasable ${availability} variant in the seed`);
}

/** Makes the cart exactly `lines`, on the server (synced cart) and in this browser. */
export async function setCart(page: Page, lines: { variantId: string; quantity: number }[]) {
  const res = await page.request.put("/api/v1/cart", { data: { lines, mode: "replace" } });
  expect(res.ok()).toBeTruthy();
  await page.evaluate(
    (l) => localStorage.setItem("londom-cart", JSON.stringify({ state: { lines: l }, version: 1 })),
    lines,
  );
}
