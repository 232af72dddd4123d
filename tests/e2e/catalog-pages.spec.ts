// Catalog pages are rendered once and served from the cache for everyone (ISR), yet the header
// still shows who is browsing, query-string views work, and shared links keep their variant.
import fs from "node:fs/promises";
import path from "node:path";
import { expect, test, type Route } from "@playwright/test";
import { signIn } from "./support/sign-in";

const CUSTOMER = "customer@londom.test";

test("a catalog page is served from the cache, and the cached page still shows who is signed in", async ({
  page,
  request,
}) => {
  await request.get("/c/mens-fashion"); // fills the cache if no earlier test did
  const cached = await request.get("/c/mens-fashion");
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  const html = await cached.text();
  expect(html).not.toContain(CUSTOMER);
  expect(html).not.toContain("Kofi");

  await page.goto("/c/mens-fashion");
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  await signIn(page, CUSTOMER);
  const response = await page.goto("/c/mens-fashion");
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
  const menu = page.getByRole("button", { name: "Account menu for Kofi Mensah" });
  await expect(menu).toBeVisible();
  await menu.click();
  await expect(page.getByRole("menuitem", { name: "Orders" })).toBeVisible();
});

test("sort and page live in the query string; junk parameters share the same cached view", async ({
  page,
  request,
}) => {
  await page.goto("/c/mens-fashion?sort=price_asc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Men's Fashion");
  const prices = await page.getByRole("article").evaluateAll((cards) =>
    cards.map((card) => {
      const text = card.textContent ?? "";
      const match = /GH₵\s?([\d,]+\.\d\d)/.exec(text);
      return match ? Number(match[1]!.replace(/,/g, "")) : NaN;
    }),
  );
  expect(prices.length).toBeGreaterThan(2);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));

  const withJunk = await request.get("/c/mens-fashion?utm_source=newsletter&sort=price_asc&fbclid=x");
  expect(withJunk.headers()["x-nextjs-cache"]).toBe("HIT");

  // the search page reads its query the same way (and the header box shows it)
  await page.goto("/search?q=sneakers&sort=price_desc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “sneakers”");
  await expect(page.getByRole("combobox").first()).toHaveValue("sneakers");
});

test("a shared link with ?variant= opens the cached product page on that variant", async ({ page, browser }) => {
  await page.goto("/p/apple-iphone-15-pro-unlocked-dual-esim");
  await page.getByRole("button", { name: /^Capacity 256 GB/ }).click();
  await expect(page).toHaveURL(/variant=/);
  const shared = page.url();

  const other = await browser.newPage();
  await other.goto(shared);
  await expect(other.getByRole("button", { name: /^Capacity 256 GB/ })).toHaveAttribute("aria-pressed", "true");
  await expect(other.getByText("GH₵ 16,900.00").first()).toBeVisible();
  await other.close();
});

test("common catalog URLs skip the proxy, the rest go through it, and both show the same view", async ({
  page,
  request,
}) => {
  const viaProxy = async (url: string) => "x-middleware-rewrite" in (await request.get(url)).headers();
  // plain URLs: rewritten by next.config (cheap), not by proxy.ts
  for (const url of ["/c/mens-fashion", "/c/mens-fashion?utm_source=x", "/search", "/search?q=iphone+15"]) {
    expect(await viaProxy(url), url).toBe(false);
  }
  // URLs whose key needs computing
  for (const url of ["/c/mens-fashion?sort=newest", "/search?q=10%25+off", "/search?q=iphone&availability=in_stock"]) {
    expect(await viaProxy(url), url).toBe(true);
  }

  // the same search spelled both ways shows the same results
  const titles = async (url: string) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “iphone 15”");
    return page.getByRole("article").getByRole("heading").allTextContents();
  };
  const plain = await titles("/search?q=iphone+15");
  expect(plain.length).toBeGreaterThan(0);
  expect(await titles("/search?q=iphone%2015&sort=relevance")).toEqual(plain);
});

test("on a slow connection a tapped product and a search show the progress bar until the page arrives", async ({
  page,
}) => {
  const slow = async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  };
  await page.route(/\/p\//, slow); // prefetches too: the tap must wait for the network
  await page.goto("/c/mens-fashion");
  const bar = page.locator("#nprogress .bar");

  const card = page.getByRole("article").first();
  const title = (await card.getByRole("heading").textContent())!.trim();
  await card.getByRole("link").click();
  await expect(bar).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("#nprogress")).toHaveCount(0);

  await page.route(/\/search\?/, slow);
  const box = page.getByRole("combobox", { name: /Search products/ });
  await box.fill("polo");
  await box.press("Enter");
  await expect(bar).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “polo”");
  await expect(page).toHaveURL(/\/search\?q=polo$/);
  await expect(page.locator("#nprogress")).toHaveCount(0);
});

test("cached pages sit on disk where the route-cache sweeper looks for them", async ({ request }) => {
  // lib/catalog/cache/route-cache-sweeper.ts bounds them by walking Next's layout; if an upgrade moves
  // it, this fails instead of the disk filling up unnoticed.
  const word = `sweeper${Date.now()}`;
  expect((await request.get(`/search?q=${word}`)).status()).toBe(200);
  const root = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "route-cache", "APP_PAGE");
  await expect
    .poll(async () => {
      const routes = await fs.readdir(root).catch(() => []);
      const found = await Promise.all(
        routes.map((r) =>
          fs.stat(path.join(root, r, "$", "search", `q.${word}.html`)).then(
            () => true,
            () => false,
          ),
        ),
      );
      return found.includes(true);
    })
    .toBe(true);
});
