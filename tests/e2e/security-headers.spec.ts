// The security headers reach the browser from the real server on every kind of response: a
// cached catalog page, an API route and a dashboard page (signed in as the admin), and a page
// that runs scripts shows no Content-Security-Policy violation.
import { expect, test, type APIResponse } from "@playwright/test";
import { AUTH_STATE } from "./support/auth-state";

function expectSecurityHeaders(res: APIResponse) {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toMatch(/form-action 'self' https:\/\/checkout\.paystack\.com/);
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
}

test("a catalog page and an API route send the security headers", async ({ request }) => {
  for (const path of ["/", "/api/health", "/api/v1/products?limit=1"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBeLessThan(400);
    expectSecurityHeaders(res);
  }
});

test.describe("signed in as the admin", () => {
  test.use({ storageState: AUTH_STATE.admin });

  test("a dashboard page sends them too", async ({ page }) => {
    const res = await page.request.get("/admin/batches", { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
  });
});

test("the storefront runs without a CSP violation", async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  page.on("console", (m) => {
    if (m.text().startsWith("CSP violation")) violations.push(m.text());
  });
  await page.goto("/");
  await page.locator('a[href^="/p/"]').first().click();
  await expect(page).toHaveURL(/\/p\//);
  await page.goto("/cart");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
