// Storefront in a real browser on the seeded store: home, category, product variants, 404,
// and the admin guard.
import { expect, test } from "@playwright/test";

test("the home page lists seeded products with cedi prices", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Shop London, Dubai, New York");
  const featured = page.locator("section#featured, section[aria-labelledby='featured']");
  await expect(featured.getByRole("article").first()).toBeVisible();
  expect(await featured.getByRole("article").count()).toBeGreaterThanOrEqual(4);
  await expect(featured.getByRole("article").first()).toContainText("GH₵");
  await expect(page.getByRole("heading", { name: "Closing soon" })).toBeVisible();
  await expect(page.getByText(/Closes in \d+[dhm]/).first()).toBeVisible();
});

test("a category page shows its subcategories and products", async ({ page }) => {
  await page.goto("/c/womens-fashion");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Women's Fashion");
  const subcategories = page.getByRole("navigation", { name: "Subcategories" });
  await expect(subcategories.getByRole("link", { name: /Dresses/ })).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByText(/\d+ products/)).toBeVisible();

  await subcategories.getByRole("link", { name: /Dresses/ }).click();
  await expect(page).toHaveURL(/\/c\/womens-dresses$/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Women's Fashion");
  await expect(page.getByRole("article").first()).toContainText("GH₵");
});

test("choosing a variant updates price and availability", async ({ page }) => {
  await page.goto("/p/apple-iphone-15-pro-unlocked-dual-esim");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("iPhone 15 Pro");
  await page.getByRole("button", { name: /^Capacity 128 GB/ }).click();
  await expect(page.getByText("GH₵ 14,900.00").first()).toBeVisible();
  await page.getByRole("button", { name: /^Capacity 256 GB/ }).click();
  await expect(page.getByRole("button", { name: /^Capacity 256 GB/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("GH₵ 16,900.00").first()).toBeVisible();
  await expect(page).toHaveURL(/variant=/);

  // A "mixed" product: the first colour is in stock in Accra, the others are pre-orders.
  await page.goto("/p/kingsway-tiered-cotton-poplin-midi-dress");
  await page.getByRole("button", { name: /^Colour Navy/ }).click();
  const status = page.getByRole("status").filter({ hasText: /In stock in Accra|Sold out/ });
  await expect(status).toBeVisible();
  await page.getByRole("button", { name: /^Colour Terracotta/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pre-order" })).toContainText(
    /Order closes in|Estimated arrival/,
  );
  await expect(page.getByText(/Estimated arrival in Accra: \d/)).toBeVisible();
});

test("an unknown product slug shows the 404 page", async ({ page }) => {
  const response = await page.goto("/p/this-product-does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the shop" })).toBeVisible();
});

test("an anonymous visitor opening /admin is sent to sign-in", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
});
