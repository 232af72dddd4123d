// The vendor's CSV import, end to end: upload a file with two good rows (one new product in two
// sizes) and one bad row (an unknown category) → the preview counts 2 to create and 1 rejected,
// with the bad row's line and reason → Apply (confirmed) → the job applies it and the page shows
// the summary, the same after a reload (the import's id is in the address). Handles and SKUs
// are unique per run, so the spec can run against any seeded database.
import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./support/auth-state";

test.use({ storageState: AUTH_STATE.vendorOwner });

const HEADER =
  "handle,title,description,category,status,origin,lead_time_days,material,care,season,option1_name,option1_value," +
  "option2_name,option2_value,option3_name,option3_value,sku,price,compare_at_price,availability,stock_on_hand,batch_cap,active";

function csvRow(handle: string, size: string, sku: string, category: string, price: string) {
  return `${handle},E2E import tee,A tee from the e2e import.,${category},DRAFT,,7,,,,Size,${size},,,,,${sku},${price},,in_stock,4,,true`;
}

test("a vendor previews a CSV, applies it and sees the summary", async ({ page }) => {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const csv = [
    HEADER,
    csvRow(`e2e-tee-${tag}`, "S", `E2E-${tag}-S`, "womens-tops", "50.00"),
    csvRow(`e2e-tee-${tag}`, "M", `E2E-${tag}-M`, "womens-tops", "55.00"),
    csvRow(`e2e-bad-${tag}`, "M", `E2EBAD-${tag}`, "no-such-category", "10.00"),
  ].join("\n");

  await page.goto("/vendor/products");
  await page.getByRole("link", { name: "Import / export CSV" }).click();
  await expect(page.getByRole("heading", { name: "Import products from CSV" })).toBeVisible();
  await expect(page.getByText("sku", { exact: true })).toBeVisible(); // the column reference

  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: `e2e-${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page).toHaveURL(/\?import=/, { timeout: 30_000 });
  const card = page.getByTestId("import-card");
  await expect(card).toHaveAttribute("data-status", "PREVIEWED");
  await expect(card.getByText("To create", { exact: true }).locator("..")).toContainText("2");
  await expect(card.getByText("Rejected", { exact: true }).locator("..")).toContainText("1");
  const rejected = page.getByTestId("rejected-rows");
  await expect(rejected).toContainText("4");
  await expect(rejected).toContainText('unknown category "no-such-category"');

  await page.getByRole("button", { name: "Apply import" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("2 variants will be created across 1 product");
  await dialog.getByRole("button", { name: "Apply now" }).click();

  // The worker picks the job up and the progress bar refreshes the page into the summary.
  await expect(card).toHaveAttribute("data-status", "COMPLETED", { timeout: 60_000 });
  await expect(page.getByTestId("import-summary")).toContainText("2 rows applied");
  await page.reload();
  await expect(page.getByTestId("import-card")).toHaveAttribute("data-status", "COMPLETED");
});
