import { expect, test } from "@playwright/test";
import { AUTH_STATE, DEMO_ACCOUNTS } from "./support/auth-state";

test("sign up → signed in → account menu → sign out → sign in again", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.com`;
  await page.goto("/sign-up?callbackUrl=%2Faccount");
  await page.getByLabel("Full name").fill("Abena Owusu");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill("abena-pass-1");
  await page.getByRole("button", { name: "Create account" }).click();

  await page.waitForURL((url) => url.pathname === "/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  const menu = page.getByRole("button", { name: "Account menu for Abena Owusu" });
  await expect(menu).toContainText("Abena");
  await menu.click();
  await expect(page.getByRole("menuitem", { name: "Orders" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Admin" })).toHaveCount(0);
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  // Signed out: /account bounces to sign-in and comes back after it.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("don't match");
  await page.getByLabel("Password", { exact: true }).fill("abena-pass-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/account");
  await expect(page.getByText("Abena Owusu").first()).toBeVisible();
});

test("anonymous visitors are sent to sign-in from signed-in areas", async ({ page }) => {
  for (const path of ["/account", "/admin", "/vendor"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}$`));
  }
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
});

// Not about signing in: both start from the sessions auth.setup.ts saved.
test.describe(() => {
  test.use({ storageState: AUTH_STATE.vendorOwner });

  test("a vendor owner gets 404 on /admin; an admin gets in", async ({ page, browser }) => {
    await page.goto("/account");
    await expect(page.getByText(DEMO_ACCOUNTS.vendorOwner)).toBeVisible();
    await expect(page.getByText("Owner").first()).toBeVisible();
    const res = await page.goto("/admin");
    expect(res?.status()).toBe(404);

    const admin = await browser.newContext({ storageState: AUTH_STATE.admin });
    const adminPage = await admin.newPage();
    const adminRes = await adminPage.goto("/admin");
    expect(adminRes?.status()).toBe(200);
    await expect(adminPage).toHaveURL(/\/admin$/);
    await admin.close();
  });
});

test("too many failed sign-ins answer 429 and the page says how long to wait", async ({ page }) => {
  const email = `locked-${Date.now()}@example.com`;
  await page.goto("/sign-in");
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const attempt = () =>
    page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: "wrong-password", json: "true" },
    });
  for (let i = 0; i < 10; i++) expect((await attempt()).status()).toBe(401);
  const limited = await attempt();
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText(/Too many attempts, try again in \d+ minutes?/);
});
