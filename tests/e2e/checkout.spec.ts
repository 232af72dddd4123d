// Checkout and orders in a real browser against the seeded store and the Paystack emulator:
// card through the hosted page, Mobile Money approved on the emulator's phone panel, a
// deposit, a decline then a retry, live order updates after payment, and a cancellation
// with its refund. Every test uses its own Mobile Money number so emulator prompts never mix.
// The demo customer is signed in from the session auth.setup.ts saved, except for the guest.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { AUTH_STATE, DEMO_ACCOUNTS } from "./support/auth-state";
import { findVariant, setCart } from "./support/shop";
import { signIn } from "./support/sign-in";

const CUSTOMER = DEMO_ACCOUNTS.customer;

test.use({ storageState: AUTH_STATE.customer });

async function openCheckout(page: Page, lines: { variantId: string; quantity: number }[]) {
  // a page load fetches the stored cart (once it knows who is signed in): let that land first
  const cartLoaded = page.waitForResponse((r) => r.url().endsWith("/api/v1/cart") && r.request().method() === "GET");
  await page.goto("/account");
  await expect(page.getByText(CUSTOMER)).toBeVisible();
  await cartLoaded;
  await setCart(page, lines);
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await expect(page.getByTestId("checkout-totals")).toBeVisible();
}

async function chooseMobileMoney(page: Page, phone: string) {
  await page
    .getByRole("radio", { name: /Mobile Money/ })
    .first()
    .check({ force: true });
  await page.getByRole("radio", { name: "MTN MoMo" }).check({ force: true });
  await page.getByLabel("Mobile Money number").fill(phone);
}

/** Approves (or declines) the prompt for `phone` on the emulator's phone panel, in another tab. */
async function answerOnPhone(context: BrowserContext, phone: string, decision: "Approve" | "Decline" = "Approve") {
  const phonePage = await context.newPage();
  await phonePage.goto("/dev/paystack/phone");
  const prompt = phonePage.getByRole("article").filter({ hasText: phone }).first();
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await prompt.getByRole("button", { name: decision }).click();
  await expect(phonePage.getByRole("status")).toContainText(decision === "Approve" ? "Approved" : "Declined");
  await phonePage.close();
}

function orderNumberFrom(url: string): string {
  const m = /\/orders\/([A-Z]{2}-[0-9A-Z]+)/.exec(url);
  if (!m?.[1]) throw new Error(`not an order URL: ${url}`);
  return m[1];
}

test("card purchase through the emulator's hosted page", async ({ page, request }) => {
  const item = await findVariant(request, "in_stock", 1);
  await openCheckout(page, [{ variantId: item.id, quantity: 1 }]);

  // home delivery to the seeded default address: its zone fee is in the total
  await expect(page.getByTestId("address-choice").first()).toContainText("Kofi Mensah");
  const payNow = await page.getByTestId("due-now").innerText();
  await page.getByRole("radio", { name: /^Card/ }).check({ force: true });
  await page.getByRole("button", { name: /Place order and pay/ }).click();

  // Paystack's hosted page (emulated): a good test card
  await page.waitForURL(/\/dev\/paystack\/checkout\//);
  await expect(page.getByText(payNow).first()).toBeVisible();
  await page.getByLabel("Card number").fill("4084 0840 8408 4081");
  await page.getByLabel("Expiry").fill("12/30");
  await page.getByLabel("CVV").fill("408");
  await page.getByRole("button", { name: `Pay ${payNow}` }).click();

  // back on our callback page, verified by the server
  await page.waitForURL(/\/checkout\/callback\?/);
  await expect(page.getByRole("heading", { name: "Payment received" })).toBeVisible();
  await page.getByRole("link", { name: "Track your order" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Paid");
  await expect(
    page.getByRole("list", { name: "Order progress" }).getByRole("listitem").filter({ hasText: "Paid" }),
  ).toContainText("(done)");
  await expect(page.getByText(item.title).first()).toBeVisible();

  // the order is listed, and the cart was emptied
  await page.goto("/orders");
  await expect(page.getByRole("list", { name: "Orders" }).getByRole("link").first()).toContainText("Paid");
  await expect(page.getByTestId("cart-count")).toBeHidden();
});

test("Mobile Money purchase approved on the phone, with pickup", async ({ page, context, request }) => {
  const phone = "024 555 0101";
  const item = await findVariant(request, "in_stock", 1, 1);
  await openCheckout(page, [{ variantId: item.id, quantity: 1 }]);

  // a new address added right here is selected, with its zone's fee in the total
  await page.getByRole("button", { name: "Add a new address" }).click();
  const form = page.getByRole("form", { name: "New address" });
  await form.getByLabel("Recipient's name").fill("Efua Checkout");
  await form.getByLabel("Phone number").fill("020 555 0101");
  await form.getByLabel("House number and street").fill("3 Liberation Road");
  await form.getByLabel("Area or neighbourhood").fill("Airport Residential");
  await form.getByLabel("Town or city").fill("Accra");
  await form.getByLabel("Delivery zone").selectOption({ index: 1 });
  await form.getByRole("button", { name: "Save and use this address" }).click();
  const added = page.getByTestId("address-choice").filter({ hasText: "Efua Checkout" });
  await expect(added.getByRole("radio")).toBeChecked();
  await expect(page.getByTestId("checkout-totals")).not.toContainText("Free");

  // …but this customer collects from a pickup point (free)
  await page.getByRole("radio", { name: /Pickup point/ }).check({ force: true });
  await expect(page.getByTestId("pickup-choice").first()).toBeVisible();
  await expect(page.getByTestId("checkout-totals")).toContainText("Free");
  await chooseMobileMoney(page, phone);
  await page.getByRole("button", { name: /Place order and pay/ }).click();

  await expect(page.getByRole("heading", { name: "Approve the prompt on your phone" })).toBeVisible();
  await answerOnPhone(context, "0245550101");

  // the page notices the approval by itself and opens the order
  await page.waitForURL(/\/orders\/[A-Z]{2}-/, { timeout: 30_000 });
  await expect(page.getByText("Payment received — thank you!")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Paid");
  await expect(page.getByText(/Pickup ·/)).toBeVisible();
  await expect(page.getByText(/MTN MoMo ••0101/)).toBeVisible();
});

test("deposit purchase of a pre-order item leaves a balance due on arrival", async ({ page, context, request }) => {
  const item = await findVariant(request, "pre_order", 2);
  await openCheckout(page, [{ variantId: item.id, quantity: 2 }]);

  await page.getByTestId("plan-deposit").click();
  await expect(page.getByTestId("due-later")).toBeVisible();
  const dueNow = await page.getByTestId("due-now").innerText();
  const dueLater = await page.getByTestId("due-later").innerText();
  await chooseMobileMoney(page, "024 555 0102");
  await page.getByRole("button", { name: `Place order and pay ${dueNow}` }).click();
  await answerOnPhone(context, "0245550102");

  await page.waitForURL(/\/orders\/[A-Z]{2}-/, { timeout: 30_000 });
  const amounts = page.getByRole("complementary", { name: "Order summary" });
  await expect(amounts.getByText("Due when your items arrive")).toBeVisible();
  await expect(amounts.getByText(dueLater)).toBeVisible();
  await expect(amounts.getByText("Deposit · MTN MoMo ••0102")).toBeVisible();
  await expect(page.getByText(/Shipment [A-Z]{3}-/).first()).toBeVisible();
});

test("a declined payment, then a successful retry; the order page updates without a reload", async ({
  page,
  context,
  request,
}) => {
  const item = await findVariant(request, "in_stock", 1, 2);
  await openCheckout(page, [{ variantId: item.id, quantity: 1 }]);

  // the network declines numbers ending 0000 at once
  await chooseMobileMoney(page, "024 555 0000");
  await page.getByRole("button", { name: /Place order and pay/ }).click();
  await expect(page.getByRole("heading", { name: "The payment did not go through" })).toBeVisible({ timeout: 30_000 });

  // the order stays payable: pay it from its page
  await page.getByRole("link", { name: /View order/ }).click();
  await page.waitForURL(/\/orders\/[A-Z]{2}-/);
  const number = orderNumberFrom(page.url());
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Awaiting payment");
  await expect(page.getByText("Payment failed").filter({ visible: true }).first()).toBeVisible();

  // mark this document: a full reload would lose it
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const pay = page.getByRole("form", { name: "Pay for this order" });
  await pay.getByRole("radio", { name: "MTN MoMo" }).check({ force: true });
  await pay.getByLabel("Mobile Money number").fill("024 555 0103");
  await pay.getByRole("button", { name: /^Pay GH₵/ }).click();
  await expect(page.getByRole("heading", { name: "Approve the prompt on your phone" })).toBeVisible();
  await answerOnPhone(context, "0245550103");

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Paid", { timeout: 30_000 });
  expect(page.url()).toContain(`/orders/${number}`);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  const payments = page.getByRole("complementary", { name: "Order summary" });
  await expect(payments.getByText("Failed", { exact: true })).toBeVisible();
  await expect(payments.getByText(/MTN MoMo ••0103/)).toBeVisible();
});

test("cancel a paid pre-order while its shipment is open: the refund shows in the timeline", async ({
  page,
  context,
  request,
}) => {
  const item = await findVariant(request, "pre_order", 1, 1);
  await openCheckout(page, [{ variantId: item.id, quantity: 1 }]);
  const total = await page.getByTestId("due-now").innerText();
  await chooseMobileMoney(page, "024 555 0104");
  await page.getByRole("button", { name: /Place order and pay/ }).click();
  await answerOnPhone(context, "0245550104");
  await page.waitForURL(/\/orders\/[A-Z]{2}-/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Paid");

  await page.getByRole("button", { name: "Cancel order" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(`We will refund ${total}`);
  await dialog.getByLabel("Why are you cancelling?").selectOption("It will arrive too late");
  await dialog.getByRole("button", { name: "Cancel and refund" }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cancelled");
  await expect(page.getByText(`Refund of ${total} requested`).filter({ visible: true })).toBeVisible();
  await expect(page.getByText("“It will arrive too late”").filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Order progress" })).toContainText(`Refund of ${total} on its way`);
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
});

test.describe(() => {
  test.use({ storageState: { cookies: [], origins: [] } }); // a guest, who then signs in through the form

  test("guests are sent to sign in to check out, and an unknown order number is not found", async ({ page }) => {
    await page.goto("/checkout");
    await page.waitForURL(/\/sign-in\?callbackUrl=%2Fcheckout/);
    await signIn(page, CUSTOMER);
    await page.goto("/orders/LI-ZZZZZZ");
    await expect(page.getByRole("heading", { name: /couldn.t find that page/ })).toBeVisible();
  });
});
