// The payout server actions through the real action() wrapper: only finance admins (and
// superadmins) run payouts or retry one; everyone else is refused and nothing changes; each
// change is audited. And a vendor reads only its own payouts.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { topUpEmulatorBalance } from "@/lib/integrations/paystack/emulator";
import { getPayoutOrThrow } from "@/lib/payouts/get-payout";
import { listPayouts } from "@/lib/payouts/list-payouts";
import { releaseDueEarnings } from "@/lib/payouts/release-due-earnings";
import { createTestUser } from "../factories/users";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { deliveredOrder, payoutShop } from "../support/payout-flows";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { runPayoutsAction, retryPayoutAction } = await import("@/app/admin/payouts/actions");

const key = setupOwnPaystackIntegration("admin_payout_actions");
const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const ops = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const customer = await asUser({});

/** A vendor owed GH₵ 180 with a payout account whose transfers fail (…3333), and its owner. */
async function owedVendor(phone = "0241113333") {
  const s = await payoutShop();
  await deliveredOrder(s);
  await deliveredOrder(s);
  await releaseDueEarnings({ vendorId: s.vendor.id });
  await prisma.payoutRecipient.create({
    data: {
      vendorId: s.vendor.id,
      type: "MOBILE_MONEY",
      accountName: "Owner",
      accountNumber: phone,
      bankCode: "MTN",
      bankName: "MTN Mobile Money",
    },
  });
  const owner = await asUser({ membership: { vendorId: s.vendor.id, role: "OWNER" } });
  return { s, owner };
}

beforeEach(() => {
  caller = null;
});

describe("who may run and retry payouts", () => {
  it("anonymous, a customer, a vendor owner and an ops admin are refused; nothing is paid or audited", async () => {
    const { s, owner } = await owedVendor();
    const failed = await prisma.payout.create({
      data: {
        vendorId: s.vendor.id,
        recipientId: (await prisma.payoutRecipient.findFirstOrThrow({ where: { vendorId: s.vendor.id } })).id,
        amountMinor: 100,
        reference: `po_test_${Date.now()}`,
        status: "FAILED",
        attempts: 1,
      },
    });
    for (const [who, code] of [
      [null, "UNAUTHORIZED"],
      [customer, "FORBIDDEN"],
      [owner, "FORBIDDEN"],
      [ops, "FORBIDDEN"],
    ] as [TSessionUser | null, string][]) {
      caller = who;
      expect(await runPayoutsAction({})).toMatchObject({ ok: false, code });
      expect(await retryPayoutAction({ payoutId: failed.id })).toMatchObject({ ok: false, code });
    }
    expect(await prisma.payout.count({ where: { vendorId: s.vendor.id } })).toBe(1);
    expect((await prisma.payout.findUniqueOrThrow({ where: { id: failed.id } })).attempts).toBe(1);
    expect(
      await prisma.auditLog.count({
        where: { action: { startsWith: "payout" }, actorId: { in: [customer.id, owner.id, ops.id] } },
      }),
    ).toBe(0);
  });

  it("a finance admin runs payouts and retries a failed one; both audited with who and from where", async () => {
    const { s } = await owedVendor("0241443333");
    await topUpEmulatorBalance(key, 1_000_000);
    caller = finance;
    const run = await runPayoutsAction({});
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.data.vendorIds).toContain(s.vendor.id);
    const payout = await prisma.payout.findFirstOrThrow({ where: { vendorId: s.vendor.id } });
    expect(payout.initiatedById).toBe(finance.id);
    // Paystack refuses nothing here; mark it failed as its transfer.failed would.
    await prisma.payout.update({ where: { id: payout.id }, data: { status: "FAILED" } });
    const notYet = await retryPayoutAction({ payoutId: payout.id });
    // the first transfer is still pending at Paystack: refused with a sentence, not a 500
    expect(notYet).toMatchObject({ ok: false, code: "INVALID_STATE" });
    const audit = await prisma.auditLog.findMany({ where: { actorId: finance.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toContain("payouts.run");
    expect(audit.every((a) => a.ip === "203.0.113.7")).toBe(true);
  });

  it("a finance admin's retry of a payout whose transfer failed sends attempt 2 (audited)", async () => {
    const { s } = await owedVendor("0241223333");
    await topUpEmulatorBalance(key, 1_000_000);
    caller = finance;
    await runPayoutsAction({});
    const payout = await prisma.payout.findFirstOrThrow({ where: { vendorId: s.vendor.id } });
    const { advanceEmulatorClock } = await import("@/lib/integrations/paystack/emulator");
    await advanceEmulatorClock({ now: new Date(Date.now() + 5 * 60_000), secretKey: key });
    await prisma.payout.update({ where: { id: payout.id }, data: { status: "FAILED" } });
    const r = await retryPayoutAction({ payoutId: payout.id });
    expect(r).toMatchObject({ ok: true, data: { attempt: 2, status: "PROCESSING" } });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "payout.retry", entityId: payout.id } });
    expect(audit.actorId).toBe(finance.id);
  });
});

describe("a vendor's payouts are its own", () => {
  it("another vendor's payout is not found; lists are scoped to the vendor", async () => {
    const a = await owedVendor("0241335555");
    const b = await payoutShop();
    await topUpEmulatorBalance(key, 1_000_000);
    caller = finance;
    await runPayoutsAction({});
    const payout = await prisma.payout.findFirstOrThrow({ where: { vendorId: a.s.vendor.id } });
    expect((await getPayoutOrThrow({ payoutId: payout.id, vendorId: a.s.vendor.id })).items).toHaveLength(2);
    await expect(getPayoutOrThrow({ payoutId: payout.id, vendorId: b.vendor.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listPayouts({ vendorId: b.vendor.id })).rows).toHaveLength(0);
    expect((await listPayouts({ vendorId: a.s.vendor.id })).rows.map((r) => r.id)).toEqual([payout.id]);
  });
});
