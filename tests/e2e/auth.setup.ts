// The "setup" project (playwright.config.ts): signs each demo account in once, through the real
// sign-in page, and saves its session for the specs (see support/auth-state.ts).
import { expect, test as setup } from "@playwright/test";
import { AUTH_STATE, DEMO_ACCOUNTS } from "./support/auth-state";
import { signIn } from "./support/sign-in";

setup("sign in as the demo customer", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.customer);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(DEMO_ACCOUNTS.customer)).toBeVisible();
  // The first page after sign-in merges this browser's cart into the stored one and remembers
  // whose cart the browser holds: save after that, so specs start from a settled cart.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("londom-cart-user")), { timeout: 15_000 })
    .toBeTruthy();
  await page.context().storageState({ path: AUTH_STATE.customer });
});

setup("sign in as the demo vendor owner", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.vendorOwner);
  await expect(page.getByText("Owner").first()).toBeVisible();
  await page.context().storageState({ path: AUTH_STATE.vendorOwner });
});

setup("sign in as the demo admin", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.admin, { callbackUrl: "/admin" });
  await expect(page).toHaveURL(/\/admin$/);
  await page.context().storageState({ path: AUTH_STATE.admin });
});

setup("sign in as the demo ops admin", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.ops, { callbackUrl: "/admin" });
  await expect(page).toHaveURL(/\/admin$/);
  await page.context().storageState({ path: AUTH_STATE.ops });
});

setup("sign in as the demo rider", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.rider, { callbackUrl: "/rider" });
  await expect(page.getByRole("heading", { level: 1, name: "Today's deliveries" })).toBeVisible();
  await page.context().storageState({ path: AUTH_STATE.rider });
});
