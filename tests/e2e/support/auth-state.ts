// Saved sign-ins. The "setup" project (tests/e2e/auth.setup.ts), which the spec project depends
// on, signs each demo account in once through the real sign-in page and saves the browser's
// cookies and localStorage here; a test that only needs "a signed-in customer" (vendor owner,
// admin, ops admin, rider) starts from that file with test.use({ storageState: AUTH_STATE.customer }) instead of
// filling in the form again. Tests about signing in itself still go through the form.
// One folder per E2E_PORT, like the freshly seeded database those sessions belong to.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Demo accounts from prisma/seed.ts (all with DEMO_PASSWORD). */
export const DEMO_ACCOUNTS = {
  customer: "customer@londom.test",
  vendorOwner: "owner@kingsway-london.test",
  admin: "admin@londom.test",
  /** An admin with the OPS permission only: batches, orders, deliveries. */
  ops: "ops@londom.test",
  /** A RIDER: sees and moves only the deliveries assigned to them. */
  rider: "rider@londom.test",
} as const;

export type TDemoRole = keyof typeof DEMO_ACCOUNTS;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const DIR = path.join(ROOT, ".ci-out", "auth", String(process.env.E2E_PORT ?? 3457)); // .ci-out/ is git-ignored

/** storageState file of each demo account, written by auth.setup.ts before any spec runs. */
export const AUTH_STATE: Record<TDemoRole, string> = {
  customer: path.join(DIR, "customer.json"),
  vendorOwner: path.join(DIR, "vendor-owner.json"),
  admin: path.join(DIR, "admin.json"),
  ops: path.join(DIR, "ops.json"),
  rider: path.join(DIR, "rider.json"),
};
