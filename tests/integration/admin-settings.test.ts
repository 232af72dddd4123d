// The platform settings (/admin/settings): the use case's bounds and before/after, the form's
// schema (% → bps, cedis → pesewas, weekday or manual) and the server action through the real
// action() wrapper — superadmins only, every save audited with only what changed.
//
// The PlatformSettings row is shared by every test file running in parallel (checkout reads the
// fee, deposit and timings; the cut-off job the auto-cancel). So the use case runs inside
// rolled-back transactions, and the one committed save through the action changes only the
// payout weekday, which no other test reads, and puts it back in a finally.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { inRolledBackTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getPlatformSettingsForAdmin } from "@/lib/settings/get-platform-settings-for-admin";
import { describeSettingsChanges, settingsFormValues, ZPlatformSettingsForm } from "@/lib/settings/schemas";
import { updatePlatformSettings } from "@/lib/settings/update-platform-settings";
import { createTestVendor } from "../factories/catalog";
import { createTestUser } from "../factories/users";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.44" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { updatePlatformSettingsAction } = await import("@/app/admin/settings/actions");

const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const superadmin = await asUser({ roles: ["ADMIN"], adminPermissions: ["SUPERADMIN"] });
const ops = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const customer = await asUser({});
const vendor = await createTestVendor();
const vendorOwner = await asUser({ membership: { vendorId: vendor.id, role: "OWNER" } });

beforeEach(() => {
  caller = null;
});

const current = async () => (await getPlatformSettingsForAdmin()).values;
const settingsAudit = (actorId: string) =>
  prisma.auditLog.findMany({ where: { action: "settings.update", actorId }, orderBy: { createdAt: "asc" } });

describe("updatePlatformSettings (rolled back: the row is shared)", () => {
  it("changes only the given fields, records who, and returns before/after of what changed", async () => {
    const was = await current();
    const fee = was.platformFeeBps === 1200 ? 1300 : 1200;
    const r = await inRolledBackTransaction(prisma, async (tx) => {
      const out = await updatePlatformSettings(
        { platformFeeBps: fee, depositBps: was.depositBps, actorId: superadmin.id },
        tx,
      );
      const row = await tx.platformSettings.findUniqueOrThrow({ where: { id: "platform" } });
      return { out, row };
    });
    expect(r.out.before).toEqual({ platformFeeBps: was.platformFeeBps });
    expect(r.out.after).toEqual({ platformFeeBps: fee });
    expect(r.out.changes.map((c) => c.key)).toEqual(["platformFeeBps"]);
    expect(r.out.changes[0]!.sentence).toMatch(
      new RegExp(`^Platform fee ${was.platformFeeBps / 100} % → ${fee / 100} %: applies to orders placed from now on`),
    );
    expect(r.row).toMatchObject({ platformFeeBps: fee, depositBps: was.depositBps, updatedById: superadmin.id });
    // …and nothing of it is left behind.
    expect(await current()).toEqual(was);
  });

  it("refuses out-of-range values with a sentence naming the bound, before touching the row", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ platformFeeBps: 5001 }, /platform fee must be at most 50 %/],
      [{ platformFeeBps: -1 }, /platform fee must be at least 0 %/],
      [{ depositBps: 900 }, /deposit must be at least 10 %/],
      [{ depositBps: 9500 }, /deposit must be at most 90 %/],
      [{ reservationMinutes: 5 }, /stock hold must be at least 10 minutes/],
      [{ orderExpiryMinutes: 2000 }, /order expiry must be at most 1440 minutes/],
      [{ payoutHoldbackHours: 12 }, /holdback must be at least 24 hours/],
      [{ payoutMinimumMinor: 50 }, /payout minimum must be at least GH₵ 1\.00/],
      [{ payoutMinimumMinor: 10.5 }, /payout minimum must be a whole number/],
      [{ payoutWeekday: 8 }, /payout day must be a weekday/],
    ];
    for (const [patch, message] of cases) {
      const e = await inRolledBackTransaction(prisma, (tx) =>
        updatePlatformSettings({ ...patch, actorId: superadmin.id }, tx).then(
          () => null,
          (err: unknown) => err,
        ),
      );
      expect(e, JSON.stringify(patch)).toBeInstanceOf(ZodError);
      expect((e as ZodError).issues[0]!.message, JSON.stringify(patch)).toMatch(message);
    }
  });

  it("refuses an unpaid order that would expire before its stock hold, a save that changes nothing, and a save over a newer change", async () => {
    const was = await current();
    const refusal = (input: Parameters<typeof updatePlatformSettings>[0]) =>
      inRolledBackTransaction(prisma, (tx) =>
        updatePlatformSettings(input, tx).then(
          () => null,
          (e: unknown) => e,
        ),
      );
    const expiry = await refusal({ orderExpiryMinutes: 15, reservationMinutes: 20, actorId: superadmin.id });
    expect(expiry).toBeInstanceOf(AppError);
    expect(expiry).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/at least as long as its stock is held/),
    });

    const same = await refusal({ ...was, actorId: superadmin.id });
    expect(same).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/Nothing to save/) });

    const stale = await refusal({
      payoutWeekday: was.payoutWeekday === 3 ? 4 : 3,
      expectedUpdatedAt: new Date("2020-01-01T00:00:00Z"),
      actorId: superadmin.id,
    });
    expect(stale).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed by someone else/) });
  });
});

describe("the form's schema", () => {
  const good = settingsFormValues({
    platformFeeBps: 1000,
    depositBps: 3000,
    reservationMinutes: 30,
    orderExpiryMinutes: 60,
    payoutHoldbackHours: 72,
    payoutMinimumMinor: 5000,
    payoutWeekday: 1,
    autoCancelUnderMinimum: false,
  });

  it("reads percentages, cedis and the weekday as the admin types them", () => {
    expect(good).toMatchObject({ platformFeePercent: "10", depositPercent: "30", payoutMinimum: "50.00" });
    const parsed = ZPlatformSettingsForm.parse({
      ...good,
      platformFeePercent: "12.5",
      depositPercent: "25 %",
      payoutMinimum: "1,250.5",
      payoutWeekday: "manual",
      autoCancelUnderMinimum: true,
    });
    expect(parsed).toMatchObject({
      platformFeeBps: 1250,
      depositBps: 2500,
      payoutMinimumMinor: 125_050,
      payoutWeekday: null,
      autoCancelUnderMinimum: true,
      reservationMinutes: 30,
    });
    expect(ZPlatformSettingsForm.parse({ ...good, payoutWeekday: "5" }).payoutWeekday).toBe(5);
  });

  it("answers a field error under the form's own field names", () => {
    const errors = (input: Record<string, unknown>) => {
      const r = ZPlatformSettingsForm.safeParse({ ...good, ...input });
      expect(r.success).toBe(false);
      return Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(errors({ platformFeePercent: "60" })).toEqual({
      platformFeePercent: "Platform fee must be between 0 % and 50 %.",
    });
    expect(errors({ platformFeePercent: "ten" })).toEqual({
      platformFeePercent: "Enter the platform fee as a percentage, like 12.5.",
    });
    expect(errors({ depositPercent: "5" })).toEqual({ depositPercent: "Deposit must be between 10 % and 90 %." });
    expect(errors({ reservationMinutes: "" })).toEqual({
      reservationMinutes: "Enter the stock hold as a whole number of minutes.",
    });
    expect(errors({ payoutMinimum: "-5" })).toEqual({
      payoutMinimum: "Payout minimum must be between GH₵ 1.00 and GH₵ 10,000.00.",
    });
    expect(errors({ payoutWeekday: "9" })).toEqual({ payoutWeekday: "Choose a weekday, or manual only." });
    expect(errors({ orderExpiryMinutes: "20", reservationMinutes: "30" })).toEqual({
      orderExpiryMinutes: "An unpaid order must stay open at least as long as its stock is held.",
    });
  });

  it("describes each change with what it applies to", () => {
    const before = ZPlatformSettingsForm.parse(good);
    const after = { ...before, autoCancelUnderMinimum: true, payoutWeekday: null, payoutMinimumMinor: 10_000 };
    expect(describeSettingsChanges(before, after).map((c) => c.sentence)).toEqual([
      expect.stringMatching(/^Automatic cancel under the group-buy minimum off → on: from the next cut-off/),
      expect.stringMatching(/^Payout minimum GH₵ 50\.00 → GH₵ 100\.00: applies from the next payout run/),
      expect.stringMatching(/^Payout day every Monday → manual only: no payout runs on its own/),
    ]);
  });
});

describe("updatePlatformSettingsAction", () => {
  it.each([
    ["anonymous", null, "UNAUTHORIZED"],
    ["a customer", customer, "FORBIDDEN"],
    ["a vendor owner", vendorOwner, "FORBIDDEN"],
    ["an ops admin", ops, "FORBIDDEN"],
    ["a finance admin", finance, "FORBIDDEN"],
  ] as [string, TSessionUser | null, string][])("%s is refused and nothing changes", async (_who, who, code) => {
    const was = await getPlatformSettingsForAdmin();
    caller = who;
    const r = await updatePlatformSettingsAction({
      ...settingsFormValues(was.values),
      payoutWeekday: was.values.payoutWeekday === 6 ? "7" : "6",
    });
    expect(r).toMatchObject({ ok: false, code });
    const now = await getPlatformSettingsForAdmin();
    expect(now.values).toEqual(was.values);
    expect(now.updatedAt).toEqual(was.updatedAt);
    if (who) expect(await settingsAudit(who.id)).toHaveLength(0);
  });

  it("answers field errors a superadmin's form can show, and saves nothing", async () => {
    caller = superadmin;
    const was = await current();
    const r = await updatePlatformSettingsAction({
      ...settingsFormValues(was),
      platformFeePercent: "75",
      payoutMinimum: "fifty",
    });
    expect(r).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: {
        platformFeePercent: "Platform fee must be between 0 % and 50 %.",
        payoutMinimum: "Enter the payout minimum in cedis, like 50 or 50.00.",
      },
    });
    expect(await current()).toEqual(was);
    expect(await settingsAudit(superadmin.id)).toHaveLength(0);
  });

  it("a superadmin saves; the row says who, the audit keeps only what changed, and a stale form is refused", async () => {
    const was = await getPlatformSettingsForAdmin();
    const row = await prisma.platformSettings.findUniqueOrThrow({ where: { id: "platform" } });
    // Only the payout weekday changes (no other test reads it); fee, deposit and timings are sent as they are.
    const weekday = was.values.payoutWeekday === 5 ? 4 : 5;
    caller = superadmin;
    try {
      const r = await updatePlatformSettingsAction({
        ...settingsFormValues(was.values),
        payoutWeekday: String(weekday),
        expectedUpdatedAt: row.updatedAt.toISOString(),
      });
      if (!r.ok) throw new Error(r.message);
      expect(r.data.changes.map((c) => c.sentence)).toEqual([
        expect.stringMatching(/^Payout day .* → every (Friday|Thursday): the next scheduled run is on a/),
      ]);

      const saved = await getPlatformSettingsForAdmin();
      expect(saved.values).toEqual({ ...was.values, payoutWeekday: weekday });
      expect(saved.updatedBy).toMatchObject({ id: superadmin.id, email: superadmin.email });

      const audit = await settingsAudit(superadmin.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        entityType: "PlatformSettings",
        entityId: "platform",
        ip: "203.0.113.44",
        data: {
          before: { payoutWeekday: was.values.payoutWeekday },
          after: { payoutWeekday: weekday },
          changes: [expect.stringMatching(/^Payout day/)],
        },
      });

      // A second tab still holding the first page's updatedAt cannot overwrite the new value.
      const stale = await updatePlatformSettingsAction({
        ...settingsFormValues(was.values),
        payoutWeekday: "manual",
        expectedUpdatedAt: row.updatedAt.toISOString(),
      });
      expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
      expect((await current()).payoutWeekday).toBe(weekday);
      expect(await settingsAudit(superadmin.id)).toHaveLength(1);
    } finally {
      await prisma.platformSettings.update({
        where: { id: "platform" },
        data: { payoutWeekday: row.payoutWeekday, updatedById: row.updatedById },
      });
    }
  });
});
