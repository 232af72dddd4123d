// Vendor settings through the real action() wrapper: the business profile (validation,
// normalised phone, audit), the payout account change (a new recipient registered at the
// Paystack emulator, the old one kept for history, everyone told, a refused registration
// visible with a retry), the owner's notification channels, and staff refused every owner-only
// action and page. Only Next's request plumbing and the session are replaced.
import { randomInt } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db";
import { notifyVendor } from "@/lib/notifications/enqueue";
import { createTestVendor } from "../factories/catalog";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser, sessionUserFor } from "../factories/users";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const actions = await import("@/app/vendor/settings/actions");
const teamActions = await import("@/app/vendor/settings/team/actions");

setupOwnPaystackIntegration("vendor_settings");

async function newShop(status: "ACTIVE" | "PENDING" = "ACTIVE") {
  const vendor = await createTestVendor({ status });
  await prisma.vendor.update({ where: { id: vendor.id }, data: { contactPhone: "+233244000111" } });
  const owner = await sessionUserFor({
    userId: (
      await createTestUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendor.id, role: "OWNER" } })
    ).id,
  });
  const staff = await sessionUserFor({
    userId: (
      await createTestUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendor.id, role: "STAFF" } })
    ).id,
  });
  return { vendor, owner, staff };
}

/** A Mobile Money number nobody else in this run uses (the emulator answers a duplicate with its recipient). */
const freshWallet = () => `024${randomInt(1_000_000, 9_999_999)}`;

const profile = (over: Record<string, unknown> = {}) => ({
  name: "Kente & Co",
  legalName: "Kente and Company Ltd",
  description: "Hand-woven kente from Bonwire, shipped from London.",
  contactEmail: "Hello@Kente.test",
  contactPhone: "024 412 3456",
  logoUrl: "",
  ...over,
});

beforeEach(() => {
  caller = null;
});

describe("business profile", () => {
  it("field errors for bad input, nothing saved", async () => {
    const { vendor, owner } = await newShop();
    caller = owner;
    const r = await actions.updateVendorProfileAction(
      profile({ name: "K", contactEmail: "not-an-email", contactPhone: "12", logoUrl: "http://x.test/logo.png" }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("BAD_REQUEST");
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["contactEmail", "contactPhone", "logoUrl", "name"]);
    const after = await prisma.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(after.name).toBe(vendor.name);
    expect(await prisma.auditLog.count({ where: { entityId: vendor.id } })).toBe(0);
  });

  it("saves the profile (phone normalised, slug unchanged) and audits what changed with before/after", async () => {
    const { vendor, owner } = await newShop();
    caller = owner;
    const r = await actions.updateVendorProfileAction(profile());
    expect(r).toMatchObject({ ok: true });
    const after = await prisma.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(after).toMatchObject({
      slug: vendor.slug,
      name: "Kente & Co",
      legalName: "Kente and Company Ltd",
      contactEmail: "hello@kente.test",
      contactPhone: "+233244123456",
      logoUrl: null,
    });
    const audit = await prisma.auditLog.findMany({ where: { entityId: vendor.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "vendor.profile.update", actorId: owner.id, ip: "203.0.113.7" });
    expect(audit[0]!.data).toMatchObject({
      before: { name: vendor.name, contactPhone: "+233244000111" },
      after: { name: "Kente & Co", contactPhone: "+233244123456" },
    });

    // A foreign number keeps its country code; saving the same values again changes (and audits) nothing new.
    expect(await actions.updateVendorProfileAction(profile({ contactPhone: "+44 7700 900123" }))).toMatchObject({
      ok: true,
      data: { changed: ["contactPhone"] },
    });
    expect(await actions.updateVendorProfileAction(profile({ contactPhone: "+44 7700 900123" }))).toMatchObject({
      ok: true,
      data: { changed: [] },
    });
  });
});

describe("payout account change", () => {
  async function shopWithRegisteredAccount() {
    const shop = await newShop();
    caller = shop.owner;
    const first = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "MTN",
      accountNumber: freshWallet(),
      accountName: "Ama Owusu",
      confirm: "on",
    });
    if (!first.ok) throw new Error(first.message);
    expect(first.data.recipient.registered).toBe(true);
    return shop;
  }

  it("needs the explicit confirmation and a valid account; nothing changes otherwise", async () => {
    const { vendor, owner } = await newShop();
    caller = owner;
    const unconfirmed = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "MTN",
      accountNumber: freshWallet(),
      accountName: "Ama Owusu",
    });
    expect(unconfirmed).toMatchObject({ ok: false, code: "BAD_REQUEST", fieldErrors: { confirm: expect.any(String) } });
    const bad = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "MTN",
      accountNumber: "12345",
      accountName: "",
      confirm: "on",
    });
    expect(bad).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["accountName", "accountNumber"]);
    const unresolvable = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "MTN",
      accountNumber: "0241239999",
      accountName: "Ama Owusu",
      confirm: "on",
    });
    expect(unresolvable).toMatchObject({
      ok: false,
      fieldErrors: { accountNumber: expect.stringMatching(/could not find/) },
    });
    expect(await prisma.payoutRecipient.count({ where: { vendorId: vendor.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: vendor.id } })).toBe(0);
  });

  it("creates a new default recipient registered at Paystack, keeps the old one, tells the shop and audits", async () => {
    const { vendor, owner } = await shopWithRegisteredAccount();
    const old = await prisma.payoutRecipient.findFirstOrThrow({ where: { vendorId: vendor.id } });
    expect(old.recipientCode).toMatch(/^RCP_/);
    const wallet = freshWallet();
    const r = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "VOD",
      accountNumber: wallet,
      accountName: "Ama Owusu",
      confirm: "on",
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.data).toMatchObject({
      account: `${"Telecel"} •••• ${wallet.slice(-4)}`,
      previous: `${old.bankName} •••• ${old.accountNumber.slice(-4)}`,
      nameResolved: true,
      recipient: { registered: true, recipientCode: expect.stringMatching(/^RCP_/) },
    });
    const rows = await prisma.payoutRecipient.findMany({
      where: { vendorId: vendor.id },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((x) => [x.id === old.id, x.isDefault, x.accountNumber])).toEqual([
      [true, false, old.accountNumber],
      [false, true, wallet],
    ]);
    expect(rows[1]!.recipientCode).toBe(r.ok && r.data.recipient.registered ? r.data.recipient.recipientCode : null);
    expect(rows[1]!.recipientCode).not.toBe(old.recipientCode);

    const sent = await prisma.notification.findMany({
      where: {
        templateKey: "vendor.payout_account_changed",
        dedupeKey: { startsWith: `vendor.payout_account_changed:${rows[1]!.id}` },
      },
    });
    expect(sent.map((n) => [n.channel, n.recipient]).sort()).toEqual(
      [
        ["EMAIL", vendor.contactEmail],
        ["EMAIL", owner.email],
        ["SMS", "+233244000111"],
      ].sort(),
    );
    expect(sent[0]!.data).toMatchObject({ vendorName: vendor.name, account: `Telecel •••• ${wallet.slice(-4)}` });

    const audit = await prisma.auditLog.findMany({
      where: { entityId: vendor.id, action: "vendor.payout_account.change" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actorId: owner.id });
    expect(audit[1]!.data).toMatchObject({
      before: { account: `${old.bankName} •••• ${old.accountNumber.slice(-4)}` },
      after: { account: `Telecel •••• ${wallet.slice(-4)}`, recipientId: rows[1]!.id },
      registered: true,
    });
    // The whole number never lands in the audit log or the notifications.
    expect(JSON.stringify([audit, sent])).not.toContain(wallet);

    // The same account again is refused, not a second recipient.
    const again = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "VOD",
      accountNumber: wallet,
      accountName: "Ama Owusu",
      confirm: "on",
    });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "This is already your payout account." });
    expect(await prisma.payoutRecipient.count({ where: { vendorId: vendor.id } })).toBe(2);
  });

  it("the security email goes even when the owner switched ACCOUNT emails off", async () => {
    const { vendor, owner } = await shopWithRegisteredAccount();
    await actions.setVendorNotificationPreferencesAction({
      preferences: [
        { topic: "ACCOUNT", channel: "EMAIL", enabled: false },
        { topic: "ACCOUNT", channel: "SMS", enabled: false },
      ],
    });
    const r = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "MTN",
      accountNumber: freshWallet(),
      accountName: "Ama Owusu",
      confirm: "on",
    });
    if (!r.ok) throw new Error(r.message);
    const sent = await prisma.notification.findMany({
      where: { dedupeKey: { startsWith: `vendor.payout_account_changed:${r.data.recipientId}` } },
    });
    expect(sent.map((n) => [n.channel, n.recipient]).sort()).toEqual(
      [
        ["EMAIL", vendor.contactEmail],
        ["EMAIL", owner.email],
      ].sort(),
    );
  });

  it("a registration Paystack refuses leaves the change made, says so, and the retry answers the refusal", async () => {
    const a = await shopWithRegisteredAccount();
    const taken = await prisma.payoutRecipient.findFirstOrThrow({ where: { vendorId: a.vendor.id, isDefault: true } });
    // Another shop points at the same wallet: Paystack answers with A's recipient, which is not B's to take.
    const b = await newShop();
    caller = b.owner;
    const r = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "MTN",
      accountNumber: taken.accountNumber,
      accountName: "Ama Owusu",
      confirm: "on",
    });
    expect(r).toMatchObject({ ok: true, data: { recipient: { registered: false, error: expect.any(String) } } });
    const row = await prisma.payoutRecipient.findFirstOrThrow({ where: { vendorId: b.vendor.id, isDefault: true } });
    expect(row.recipientCode).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: b.vendor.id } });
    expect(audit.data).toMatchObject({ registered: false, registrationError: expect.any(String) });

    const retry = await actions.retryPayoutRegistrationAction({});
    expect(retry).toMatchObject({ ok: false, code: "PAYMENT_PROVIDER" });
    expect((await prisma.payoutRecipient.findUniqueOrThrow({ where: { id: taken.id } })).vendorId).toBe(a.vendor.id);
  });

  it("the retry registers an account that was left unregistered", async () => {
    const { vendor, owner } = await newShop();
    await prisma.payoutRecipient.create({
      data: {
        vendorId: vendor.id,
        type: "MOBILE_MONEY",
        accountName: "AMA OWUSU",
        accountNumber: freshWallet(),
        bankCode: "MTN",
        bankName: "MTN Mobile Money",
      },
    });
    caller = owner;
    const r = await actions.retryPayoutRegistrationAction({});
    expect(r).toMatchObject({ ok: true, data: { recipientCode: expect.stringMatching(/^RCP_/) } });
    expect((await prisma.payoutRecipient.findFirstOrThrow({ where: { vendorId: vendor.id } })).recipientCode).toMatch(
      /^RCP_/,
    );
  });

  it("a shop not approved yet changes its account without registering it (approval does)", async () => {
    const { vendor, owner } = await newShop("PENDING");
    caller = owner;
    const r = await actions.changePayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "MTN",
      accountNumber: freshWallet(),
      accountName: "Ama Owusu",
      confirm: "on",
    });
    expect(r).toMatchObject({ ok: true, data: { recipient: { registered: false } } });
    expect(
      (await prisma.payoutRecipient.findFirstOrThrow({ where: { vendorId: vendor.id } })).recipientCode,
    ).toBeNull();
  });

  it("the check step answers the holder's name without changing anything", async () => {
    const { vendor, owner } = await newShop();
    caller = owner;
    const r = await actions.checkPayoutAccountAction({
      type: "MOBILE_MONEY",
      network: "MTN",
      accountNumber: "024 123 4567",
      accountName: "typed",
    });
    expect(r).toMatchObject({
      ok: true,
      data: { account: expect.stringMatching(/^MTN.* •••• 4567$/), nameResolved: true },
    });
    expect(await prisma.payoutRecipient.count({ where: { vendorId: vendor.id } })).toBe(0);
  });
});

describe("notification preferences", () => {
  it("stores the owner's channels per vendor topic; notifyVendor honours them", async () => {
    const { vendor, owner } = await newShop();
    caller = owner;
    const r = await actions.setVendorNotificationPreferencesAction({
      preferences: [
        { topic: "VENDOR_OPERATIONS", channel: "SMS", enabled: "false" },
        { topic: "VENDOR_OPERATIONS", channel: "EMAIL", enabled: "on" },
        { topic: "PAYMENTS", channel: "EMAIL", enabled: false },
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      data: { changed: [{ topic: "VENDOR_OPERATIONS", channel: "SMS" }, { topic: "PAYMENTS" }] },
    });
    const rows = await prisma.notificationPreference.findMany({ where: { userId: owner.id } });
    expect(rows.map((p) => [p.topic, p.channel, p.enabled]).sort()).toEqual(
      [
        ["PAYMENTS", "EMAIL", false],
        ["VENDOR_OPERATIONS", "SMS", false],
      ].sort(),
    );
    const queued = await notifyVendor({
      vendorId: vendor.id,
      topic: "VENDOR_OPERATIONS",
      templateKey: "vendor.low_stock",
      data: {},
      dedupeKey: `test:${vendor.id}`,
    });
    expect(queued).toBe(1);
    expect(
      await prisma.auditLog.count({ where: { entityId: vendor.id, action: "vendor.notification_preferences.update" } }),
    ).toBe(1);

    const bad = await actions.setVendorNotificationPreferencesAction({
      preferences: [{ topic: "MARKETING", channel: "EMAIL", enabled: false }],
    });
    expect(bad).toMatchObject({ ok: false, code: "BAD_REQUEST" });
  });
});

describe("staff and other shops", () => {
  it("staff are refused every settings, payout and team action; nothing changes", async () => {
    const { vendor, staff } = await newShop();
    caller = staff;
    const results = await Promise.all([
      actions.updateVendorProfileAction(profile()),
      actions.checkPayoutAccountAction({
        type: "MOBILE_MONEY",
        network: "MTN",
        accountNumber: freshWallet(),
        accountName: "X Y",
      }),
      actions.changePayoutAccountAction({
        type: "MOBILE_MONEY",
        network: "MTN",
        accountNumber: freshWallet(),
        accountName: "X Y",
        confirm: "on",
      }),
      actions.retryPayoutRegistrationAction({}),
      actions.setVendorNotificationPreferencesAction({
        preferences: [{ topic: "PAYMENTS", channel: "SMS", enabled: false }],
      }),
      teamActions.inviteVendorStaffAction({ email: "friend@test.local" }),
      teamActions.revokeVendorInviteAction({ inviteId: "x" }),
      teamActions.removeVendorMemberAction({ membershipId: "x" }),
    ]);
    for (const r of results) expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await prisma.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).name).toBe(vendor.name);
    expect(await prisma.payoutRecipient.count({ where: { vendorId: vendor.id } })).toBe(0);
    expect(await prisma.vendorInvite.count({ where: { vendorId: vendor.id } })).toBe(0);
    expect(await prisma.notificationPreference.count({ where: { userId: staff.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: vendor.id } })).toBe(0);
  });

  it("a customer with no shop is refused too", async () => {
    caller = await sessionUserFor({ userId: (await createTestUser()).id });
    expect(await actions.updateVendorProfileAction(profile())).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("an owner's changes reach only their own shop", async () => {
    const a = await newShop();
    const b = await newShop();
    caller = a.owner;
    expect(await actions.updateVendorProfileAction(profile({ vendorId: b.vendor.id, name: "Hijacked" }))).toMatchObject(
      {
        ok: true,
      },
    );
    expect((await prisma.vendor.findUniqueOrThrow({ where: { id: a.vendor.id } })).name).toBe("Hijacked");
    expect((await prisma.vendor.findUniqueOrThrow({ where: { id: b.vendor.id } })).name).toBe(b.vendor.name);
  });
});

describe("pages", () => {
  async function outcome(p: () => Promise<unknown>): Promise<string> {
    try {
      await p();
      return "ok";
    } catch (e) {
      const digest = (e as { digest?: string }).digest ?? "";
      if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "notFound";
      if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
      throw e;
    }
  }

  it("staff get 404 on payouts and settings; owners get the pages; signed-out visitors sign in", async () => {
    const { owner, staff } = await newShop();
    const pages = {
      payouts: () => import("@/app/vendor/payouts/page"),
      settings: () => import("@/app/vendor/settings/page"),
    };
    const props = { searchParams: Promise.resolve({}), params: Promise.resolve({}) };
    for (const [name, load] of Object.entries(pages)) {
      const Page = (await load()).default as (p: typeof props) => Promise<unknown>;
      caller = staff;
      expect(await outcome(() => Page(props)), `${name} as staff`).toBe("notFound");
      caller = null;
      expect(await outcome(() => Page(props)), `${name} signed out`).toMatch(/^redirect \/sign-in/);
      if (name === "payouts") continue;
      caller = owner;
      expect(await outcome(() => Page(props)), `${name} as owner`).toBe("ok");
    }
  });

  it("the nav shows staff neither Payouts nor Settings", async () => {
    const { VENDOR_NAV } = await import("@/app/vendor/_lib/nav");
    const { can } = await import("@/lib/auth/rbac");
    const { vendor, owner, staff } = await newShop();
    const shown = (u: TSessionUser) =>
      VENDOR_NAV.filter((i) => can(u, i.action, { vendorId: vendor.id })).map((i) => i.label);
    expect(shown(staff)).not.toEqual(expect.arrayContaining(["Payouts"]));
    expect(shown(staff)).not.toContain("Settings");
    expect(shown(owner)).toEqual(expect.arrayContaining(["Payouts", "Settings"]));
  });
});
