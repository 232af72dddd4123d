import { expect, type Locator, type Page, test } from "@playwright/test";

// Seeded catalog (prisma/seed.ts): a pre-order trainer from Northern Quarter Goods (Manchester
// batch) and an in-stock kettle from Kingsway London.
const TRAINERS = "Piccadilly Runners Retro Suede Trainers";
const KETTLE = "Russell Hobbs Brushed Steel Electric Kettle 1.7L";
const SERUM_SLUG = "the-ordinary-niacinamide-10-zinc-1-serum-30ml";
const CUSTOMER = "customer@londom.test";
const PASSWORD = "password123";

/** "GH₵ 1,234.50" → 123450 */
async function pesewas(locator: Locator): Promise<number> {
  const text = (await locator.innerText()).replace(/[^\d.]/g, "");
  return Math.round(Number(text) * 100);
}

async function addFromSearch(page: Page, query: string, title: string) {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** The next successful PUT /api/v1/cart in `mode` whose body holds `count` lines (any count if omitted). */
function cartSaved(page: Page, mode: "replace" | "merge", count?: number) {
  return page.waitForResponse((r) => {
    if (!r.url().endsWith("/api/v1/cart") || r.request().method() !== "PUT" || !r.ok()) return false;
    const body = JSON.parse(r.request().postData() ?? "{}") as { lines?: unknown[]; mode?: string };
    return body.mode === mode && (count === undefined || body.lines?.length === count);
  });
}

/** Signs the demo customer in; resolves once the browser cart has merged with the stored one. */
async function signIn(page: Page) {
  await page.goto("/sign-in?callbackUrl=%2Faccount");
  await page.getByLabel("Email").fill(CUSTOMER);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  const merged = cartSaved(page, "merge");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/account");
  await merged;
}

test("search → filter → product → variant → cart grouped by vendor and batch; survives a reload", async ({ page }) => {
  // search, then filter to pre-orders (the URL carries the filter)
  await page.goto("/search?q=sneakers");
  await page
    .getByRole("complementary", { name: "Filters" })
    .getByRole("link", { name: /Pre-order/ })
    .click();
  await expect(page).toHaveURL(/availability=pre_order/);
  await expect(page.getByRole("link", { name: "Kingsway Canvas Low-Top Plimsolls" })).toHaveCount(0); // in stock only
  await page.getByRole("link", { name: TRAINERS }).click();
  await expect(page.getByRole("heading", { level: 1, name: TRAINERS })).toBeVisible();

  // choose another size than the default, then add
  const sizes = page
    .locator("fieldset", { hasText: "Size" })
    .locator('button[data-state="available"][aria-pressed="false"]');
  await sizes.first().click();
  await page.getByTestId("add-to-cart").click();
  await expect(page.getByTestId("add-to-cart")).toContainText("Added");
  await expect(page.getByTestId("cart-count")).toHaveText("1");

  // a second vendor, in stock
  await addFromSearch(page, "kettle", KETTLE);
  await page.getByTestId("add-to-cart").click();
  await expect(page.getByTestId("cart-count")).toHaveText("2");

  // mini cart lists both lines and links to the cart
  await page.getByTestId("mini-cart").click();
  await expect(page.getByRole("list", { name: "Items in your cart" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);

  const vendors = page.getByTestId("cart-vendor");
  await expect(vendors).toHaveCount(2);
  const kettleVendor = vendors.filter({ hasText: KETTLE });
  const trainerVendor = vendors.filter({ hasText: TRAINERS });
  await expect(kettleVendor.getByTestId("cart-shipment")).toContainText("In stock in Accra");
  await expect(trainerVendor.getByTestId("cart-shipment")).toContainText(/Pre-order · batch \S+ from \w+/);
  await expect(trainerVendor.getByTestId("cart-shipment")).toContainText(/Arrives .+ · order by/);

  // more kettles: line, shipment, vendor and overall totals follow
  const kettleLine = page.getByTestId("cart-line").filter({ hasText: KETTLE });
  const unit = await pesewas(kettleLine.getByText(/each$/));
  await kettleLine.getByRole("button", { name: /^One more/ }).click();
  await expect(kettleLine.getByTestId("line-quantity")).toHaveText("2");
  await expect.poll(() => pesewas(kettleLine.getByTestId("line-total"))).toBe(2 * unit);
  await expect.poll(() => pesewas(kettleVendor.getByTestId("vendor-subtotal"))).toBe(2 * unit);
  await expect.poll(() => pesewas(kettleVendor.getByTestId("shipment-subtotal"))).toBe(2 * unit);
  const trainerTotal = await pesewas(trainerVendor.getByTestId("vendor-subtotal"));
  expect(trainerTotal).toBeGreaterThan(0);
  await expect.poll(() => pesewas(page.getByTestId("cart-subtotal"))).toBe(2 * unit + trainerTotal);
  await expect(page.getByTestId("summary-shipment")).toHaveCount(2);
  await expect(page.getByTestId("summary-shipment").first()).toContainText("In stock now");
  await expect(page.getByTestId("summary-shipment").nth(1)).toContainText(/Batch .+arrives/);

  // the cart lives in localStorage: a reload keeps it
  await page.reload();
  await expect(page.getByTestId("cart-line")).toHaveCount(2);
  await expect(page.getByTestId("cart-line").filter({ hasText: KETTLE }).getByTestId("line-quantity")).toHaveText("2");
  await expect(page.getByTestId("cart-count")).toHaveText("3");
});

test("a signed-in customer's cart appears in another browser after signing in there", async ({ browser }) => {
  const phone = await browser.newContext();
  const a = await phone.newPage();
  await signIn(a);
  // start from an empty stored cart (a re-run against the same database may have left lines)
  expect((await a.request.put("/api/v1/cart", { data: { lines: [], mode: "replace" } })).ok()).toBe(true);
  await a.goto(`/p/${SERUM_SLUG}`);
  await expect(a.getByTestId("add-to-cart")).toBeEnabled();
  const saved = cartSaved(a, "replace", 1);
  await a.getByTestId("add-to-cart").click();
  await saved;
  await phone.close();

  const laptop = await browser.newContext();
  const b = await laptop.newPage();
  await signIn(b);
  await b.goto("/cart");
  const line = b.getByTestId("cart-line").filter({ hasText: "Niacinamide" });
  await expect(line).toBeVisible();
  await expect(b.getByTestId("cart-count")).toHaveText("1");

  // leave the shared demo customer's stored cart empty for other specs
  const cleared = cartSaved(b, "replace", 0);
  await line.getByRole("button", { name: /^Remove/ }).click();
  await cleared;
  await expect(b.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await laptop.close();
});
