// A catalog write made outside the web process (here a separate Node process running the real
// adjustStock, as the worker would) shows on the storefront at once, not after the 60 s
// revalidate window: the write NOTIFYs, the web server's listener hears it and expires the tags
// through its signed internal route. The loopback route itself refuses unsigned requests.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";

const PORT = Number(process.env.E2E_PORT ?? 3457);
// The database the webServer seeded: scripts/db.ts `run --db e2e_<port>` uses DATABASE_URL when
// set, else that database on the embedded server.
const DATABASE_URL =
  process.env.DATABASE_URL ??
  `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/e2e_${PORT}`;

type TVariant = { slug: string; id: string; stockOnHand: number };

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Runs adjustStock in its own process, like the worker (see support/adjust-stock.ts). */
function adjustStockOutsideWeb(variantId: string, delta: number) {
  execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/e2e/support/adjust-stock.ts", variantId, String(delta)],
    { env: { ...process.env, DATABASE_URL }, stdio: "pipe" },
  );
}

test("a stock change made by another process shows on the product page within seconds", async ({ page }) => {
  // A single-variant product comfortably in stock, so the page shows no "Only N left" hint yet.
  const [variant] = await query<TVariant>(`
    SELECT p.slug, v.id, v."stockOnHand" FROM "Product" p JOIN "Variant" v ON v."productId" = p.id
    WHERE p.status = 'ACTIVE' AND v.availability = 'IN_STOCK' AND v."lowStockAt" >= 2
      AND v."stockOnHand" - v.reserved > v."lowStockAt"
      AND (SELECT count(*) FROM "Variant" w WHERE w."productId" = p.id) = 1
    ORDER BY p.slug DESC LIMIT 1`);
  expect(variant, "the seed has a single-variant in-stock product").toBeTruthy();
  const { slug, id, stockOnHand } = variant!;
  // The chosen variant's availability panel (related products below show availability too).
  const panel = page.getByRole("status").filter({ hasText: "In stock in Accra" });

  try {
    await page.goto(`/p/${slug}`);
    await expect(panel).toBeVisible();
    await expect(panel).not.toContainText(/Only \d+ left/);

    // The page is cached: a change nobody announces does not show (so the next step proves the fan-out).
    await query(`UPDATE "Variant" SET "stockOnHand" = "reserved" + 1 WHERE id = '${id}'`);
    await page.reload();
    await expect(panel).toBeVisible();
    await expect(panel).not.toContainText(/Only \d+ left/);

    adjustStockOutsideWeb(id, 1); // reserved + 2 left: "Only 2 left"
    const t0 = Date.now();
    await expect(async () => {
      await page.reload();
      await expect(panel).toContainText("Only 2 left", { timeout: 500 });
    }).toPass({ timeout: 5_000, intervals: [100, 250, 500] });
    expect(Date.now() - t0).toBeLessThan(5_000);
  } finally {
    // Back to the seeded stock for later specs.
    const [now] = await query<{ stockOnHand: number }>(`SELECT "stockOnHand" FROM "Variant" WHERE id = '${id}'`);
    if (now && now.stockOnHand !== stockOnHand) adjustStockOutsideWeb(id, stockOnHand - now.stockOnHand);
  }
});

test("the internal revalidate route refuses a request without a valid signature", async ({ request }) => {
  const res = await request.post("/api/internal/cache/revalidate", {
    data: { tags: ["catalog"] },
    headers: { "x-catalog-cache-timestamp": String(Date.now()), "x-catalog-cache-signature": "0".repeat(64) },
  });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.message).toMatch(/signature/);
});
