// The admin's batch server actions through the real action() wrapper: who may call them (the
// RBAC matrix: OPS and superadmins only), field errors and refusals returned as values, and an
// audit row for every change. Only Next's request plumbing is replaced (there is no request
// here): the session a caller would have, and headers()/revalidatePath().
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { createTestBatch } from "../factories/batches";
import { createTestUser } from "../factories/users";
import { shopFor } from "../support/money-flows";
import { setupOwnPaystackIntegration } from "../factories/paystack";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { createBatchAction, transitionBatchAction, updateBatchAction } = await import("@/app/admin/batches/actions");

setupOwnPaystackIntegration("admin_batch_actions");
const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const ops = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const customer = await asUser({});
const shop = await shopFor([{ availability: "PRE_ORDER", batchCap: 5, priceMinor: 10_000 }]);
const vendorOwner = await asUser({ membership: { vendorId: shop.vendor.id, role: "OWNER" } });

beforeEach(() => {
  caller = null;
});

const newBatch = (code: string) => ({
  code,
  originId: shop.originId,
  shippingMethod: "AIR" as const,
  cutoffAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  arrivalWindowStart: new Date(Date.now() + 10 * 86_400_000).toISOString(),
  arrivalWindowEnd: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  status: "DRAFT" as const,
});

describe("who may move batches", () => {
  it.each([
    ["anonymous", null, "UNAUTHORIZED"],
    ["a customer", customer, "FORBIDDEN"],
    ["a vendor owner", vendorOwner, "FORBIDDEN"],
    ["a finance-only admin", finance, "FORBIDDEN"],
  ] as [string, TSessionUser | null, string][])("%s is refused and nothing changes", async (_who, who, code) => {
    const batch = await createTestBatch({ originId: shop.originId });
    caller = who;
    const r = await transitionBatchAction({ event: "CANCEL", batchId: batch.id, reason: "not mine to cancel" });
    expect(r).toMatchObject({ ok: false, code });
    const created = await createBatchAction(newBatch(`X-${code}-${Date.now()}`));
    expect(created).toMatchObject({ ok: false, code });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("OPEN");
    expect(await prisma.auditLog.count({ where: { entityId: batch.id } })).toBe(0);
  });

  it("an ops admin creates, edits and moves a batch; each change is audited with who and from where", async () => {
    caller = ops;
    const code = `OPS-${Date.now().toString(36)}`.toUpperCase();
    const created = await createBatchAction(newBatch(code));
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    const opened = await transitionBatchAction({ event: "OPEN", batchId: id });
    expect(opened).toMatchObject({ ok: true, data: { code, from: "DRAFT", to: "OPEN" } });
    const edited = await updateBatchAction({ batchId: id, code, notes: "Consolidated at Heathrow" });
    expect(edited).toMatchObject({ ok: true, data: { customersNotified: 0 } });
    const audit = await prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["batch.create", "batch.open", "batch.update"]);
    expect(audit.every((a) => a.actorId === ops.id && a.ip === "203.0.113.9")).toBe(true);
    expect(audit[1]!.data).toMatchObject({ before: { status: "DRAFT" }, after: { status: "OPEN" } });
  });
});

describe("answers a form can show", () => {
  it("field errors for bad input, and the lifecycle's own sentence for a refused transition", async () => {
    caller = ops;
    const bad = await createBatchAction({ ...newBatch("no spaces allowed"), arrivalWindowStart: "" });
    expect(bad).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (bad.ok) return;
    expect(bad.fieldErrors).toMatchObject({
      code: "Use letters, digits and dashes only",
      arrivalWindowStart: "Enter when the arrival window starts",
    });
    const batch = await createTestBatch({ originId: shop.originId });
    const refused = await transitionBatchAction({ event: "ARRIVE", batchId: batch.id });
    expect(refused).toEqual({ ok: false, code: "INVALID_STATE", message: "An open batch cannot be marked arrived." });
    const noReason = await transitionBatchAction({ event: "CANCEL", batchId: batch.id, reason: "" });
    expect(noReason).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Say why the batch is cancelled (customers see it)" },
    });
  });
});
