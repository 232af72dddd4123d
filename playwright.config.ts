import { defineConfig } from "@playwright/test";

// E2E_PORT lets several checkouts (or developers) run e2e side by side: each port gets its own
// freshly seeded database and build directory.
const PORT = Number(process.env.E2E_PORT ?? 3457);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  reporter: [["list"], ["json", { outputFile: ".ci-out/e2e.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      // `npx playwright install` cannot download here: use Debian's chromium (apt-get install chromium)
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    // signs each demo account in once and saves its session (tests/e2e/support/auth-state.ts)
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "e2e", dependencies: ["setup"] },
  ],
  webServer: {
    // fresh seeded database (embedded PostgreSQL unless DATABASE_URL is set), then next start
    command: `node --import tsx scripts/db.ts run --db e2e_${PORT} --fresh --seed -- node scripts/e2e-server.mjs ${PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "pipe",
    // SIGTERM (not SIGKILL) so scripts/db.ts can stop next and then the embedded postgres
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      NEXTAUTH_SECRET: "e2e-not-a-secret-0123456789",
      NEXTAUTH_URL: baseURL,
      APP_URL: baseURL,
      // production mode runs the Paystack emulator only with an explicit emulator key
      PAYSTACK_SECRET_KEY: "sk_emulator_e2e",
    },
  },
});
