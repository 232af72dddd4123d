import type { Page } from "@playwright/test";

export const DEMO_PASSWORD = "password123";

/** Signs in through the real form and waits for the page it was sent to. */
export async function signIn(page: Page, email: string, opts: { password?: string; callbackUrl?: string } = {}) {
  const callbackUrl = opts.callbackUrl ?? "/account";
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.waitForLoadState("networkidle"); // the form submits through JavaScript
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(opts.password ?? DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === callbackUrl);
}
