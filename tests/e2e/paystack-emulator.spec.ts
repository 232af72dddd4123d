// The Paystack emulator's hosted pages in a real browser: pay a transaction by card on the
// hosted checkout, and approve a Mobile Money charge from the phone panel. Transactions are
// initialized through the emulator-only endpoint (the app's own paystack-sdk client).
import { expect, test, type APIRequestContext } from "@playwright/test";

async function initialize(request: APIRequestContext, baseURL: string, amount: number) {
  const res = await request.post("/api/dev/paystack/transactions", {
    data: { email: `e2e-${Date.now()}@example.com`, amount, callbackUrl: `${baseURL}/dev/paystack?from=checkout` },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { reference: string; authorizationUrl: string };
}

test("pays by card on the hosted checkout and returns to the callback URL", async ({ page, request, baseURL }) => {
  const t = await initialize(request, baseURL!, 25_000);
  await page.goto(t.authorizationUrl);
  await expect(page.getByText("GH₵ 250.00").first()).toBeVisible();

  // a declined card first: the checkout says so and lets the customer try again
  await page.getByLabel("Card number").fill("5060 6666 6666 6666 666");
  await page.getByLabel("Expiry").fill("12/30");
  await page.getByLabel("CVV").fill("408");
  await page.getByRole("button", { name: "Pay GH₵ 250.00" }).click();
  await expect(page.getByText("Payment failed: Declined. Please try again.")).toBeVisible();

  await page.getByLabel("Card number").fill("4084 0840 8408 4081");
  await page.getByRole("button", { name: "Pay GH₵ 250.00" }).click();
  await expect(page.getByText("Payment successful")).toBeVisible();
  await page.waitForURL(`**/dev/paystack?from=checkout&trxref=${t.reference}&reference=${t.reference}`);

  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: t.reference }) });
  await expect(row).toContainText("success");
  await expect(row).toContainText("GH₵ 4.88"); // 1.95% of GH₵ 250.00
});

test("approves a Mobile Money payment from the phone panel", async ({ page, context, request, baseURL }) => {
  const t = await initialize(request, baseURL!, 12_000);
  await page.goto(t.authorizationUrl);
  await page.getByRole("tab", { name: "Mobile Money" }).click();
  await page.getByRole("radio", { name: "MTN" }).check({ force: true });
  await page.getByLabel("Mobile Money number").fill("024 765 4321");
  await page.getByRole("button", { name: "Pay GH₵ 120.00" }).click();
  await expect(page.getByText("Approve the payment on your phone")).toBeVisible();

  const phone = await context.newPage();
  await phone.goto("/dev/paystack/phone");
  const prompt = phone.getByRole("article", { name: `Payment request ${t.reference}` });
  await expect(prompt).toContainText("GH₵ 120.00");
  await expect(prompt).toContainText("0247654321");
  await prompt.getByRole("button", { name: "Approve" }).click();
  await expect(phone.getByRole("status")).toContainText("Approved GH₵ 120.00");
  await expect(prompt).toHaveCount(0);

  // the checkout notices the approval by itself and goes back to the shop
  await page.waitForURL(`**/dev/paystack?from=checkout&trxref=${t.reference}&reference=${t.reference}`);
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: t.reference }) })).toContainText(
    "success",
  );
});
