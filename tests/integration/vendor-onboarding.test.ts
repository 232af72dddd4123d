// Becoming a vendor: the payout account check (Paystack's bank list and account resolution
// through the emulator), the /sell application and its lifecycle, and the vendor dashboard
// refusing members of a vendor that is not approved.
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { resolveAccountNumber, PaystackError } from "@/lib/integrations/paystack/api";
import { emulatedAccountName } from "@/lib/integrations/paystack/emulator/resolve";
import { verifyPayoutAccount } from "@/lib/vendors/payout-account";
import { setupOwnPaystackIntegration } from "../factories/paystack";

setupOwnPaystackIntegration("vendor_onboarding");

async function fieldErrorsOf(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof ZodError)) throw new Error(`expected a ZodError, got ${String(e)}`);
  return Object.fromEntries(e.issues.map((i) => [i.path.join("."), i.message]));
}

describe("payout account", () => {
  it("the emulator resolves an account the way Paystack answers /bank/resolve", async () => {
    const r = await resolveAccountNumber({ accountNumber: "0241234567", bankCode: "MTN" });
    expect(r).toEqual({ account_number: "0241234567", account_name: emulatedAccountName("0241234567"), bank_id: 28 });
    const bank = await resolveAccountNumber({ accountNumber: "1234567890", bankCode: "040100" });
    expect(bank.account_name).toMatch(/^[A-Z]+ [A-Z]+$/);
    const refused = await resolveAccountNumber({ accountNumber: "0241239999", bankCode: "MTN" }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(PaystackError);
    expect(refused).toMatchObject({
      status: 422,
      message: "Could not resolve account name. Check parameters or try again.",
    });
    expect(
      await resolveAccountNumber({ accountNumber: "1234567890", bankCode: "999999" }).catch((e: unknown) => e),
    ).toMatchObject({
      status: 422,
      message: "Unknown bank code: 999999",
    });
  });

  it("a Mobile Money wallet: number normalised, network checked, the holder's name from the network", async () => {
    const v = await verifyPayoutAccount({
      type: "MOBILE_MONEY",
      network: "VOD",
      accountNumber: "+233 20 123 4567",
      accountName: "Whatever I typed",
    });
    expect(v).toEqual({
      type: "MOBILE_MONEY",
      bankCode: "VOD",
      bankName: "Telecel",
      accountNumber: "0201234567",
      accountName: emulatedAccountName("0201234567"),
      nameResolved: true,
    });
  });

  it("a bank account: the code must be one of Paystack's Ghana banks", async () => {
    const v = await verifyPayoutAccount({
      type: "BANK",
      bankCode: "040100",
      accountNumber: "1234 5678 90",
      accountName: "Ama",
    });
    expect(v).toMatchObject({
      type: "BANK",
      bankCode: "040100",
      bankName: "GCB Bank Limited",
      accountNumber: "1234567890",
    });
    expect(
      await fieldErrorsOf(
        verifyPayoutAccount({ type: "BANK", bankCode: "MTN", accountNumber: "1234567890", accountName: "Ama" }),
      ),
    ).toEqual({ bankCode: "Choose a bank from the list" });
  });

  it("bad input and an account the network cannot find are field errors", async () => {
    expect(await fieldErrorsOf(verifyPayoutAccount({}))).toHaveProperty("type");
    expect(
      await fieldErrorsOf(
        verifyPayoutAccount({ type: "MOBILE_MONEY", network: "XYZ", accountNumber: "12", accountName: "" }),
      ),
    ).toEqual({
      network: "Choose the Mobile Money network",
      accountNumber: "Enter a Ghana number like 024 123 4567",
      accountName: "Enter the name on the account",
    });
    expect(
      await fieldErrorsOf(
        verifyPayoutAccount({ type: "BANK", bankCode: "", accountNumber: "12ab", accountName: "Ama" }),
      ),
    ).toEqual({ bankCode: "Choose your bank", accountNumber: "Enter the account number: 6 to 20 digits" });
    expect(
      await fieldErrorsOf(
        verifyPayoutAccount({ type: "MOBILE_MONEY", network: "MTN", accountNumber: "0241239999", accountName: "Ama" }),
      ),
    ).toEqual({ accountNumber: "MTN could not find a Mobile Money wallet on this number. Check it and try again." });
  });
});

// ---- the application lifecycle and the admin decisions (use cases on the real database) ----
import { prisma } from "@/lib/db";
import { requireVendorPage } from "@/lib/auth/guards";
import { quoteCart } from "@/lib/cart/quote-cart";
import { submitVendorApplication } from "@/lib/vendors/submit-vendor-application";
import { getVendorApplication } from "@/lib/vendors/get-vendor-application";
import { approveVendor } from "@/lib/vendors/approve-vendor";
import { rejectVendor } from "@/lib/vendors/reject-vendor";
import { suspendVendor } from "@/lib/vendors/suspend-vendor";
import { reactivateVendor } from "@/lib/vendors/reactivate-vendor";
import { setVendorFee } from "@/lib/vendors/set-vendor-fee";
import { retryVendorPayoutRecipient } from "@/lib/vendors/register-vendor-payout-recipient";
import { createTestCategory, createTestOrigin, createTestProduct } from "../factories/catalog";
import { createTestOrder } from "../factories/orders";
import { createTestUser, sessionUserFor } from "../factories/users";

async function applicant() {
  const user = await createTestUser();
  const origin = await createTestOrigin();
  const category = await createTestCategory();
  const form = {
    businessName: "Kente & Co",
    originId: origin.id,
    contactEmail: "Hello@Kente.test",
    contactPhone: "+44 7700 900123",
    categories: category.slug,
    sampleLinks: ["https://instagram.com/kente", ""],
    note: "",
    type: "MOBILE_MONEY",
    network: "MTN",
    accountNumber: "024 555 1234",
    accountName: "Ama",
  };
  return { user, origin, category, form };
}

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    if (digest.includes("404")) return "404";
    return (e as { code?: string }).code ?? String(e);
  }
}

describe("the application", () => {
  it("creates a PENDING vendor with the user as OWNER, a default unregistered recipient and a notification", async () => {
    const { user, category, form } = await applicant();
    const r = await submitVendorApplication({ userId: user.id, application: form });
    const v = await prisma.vendor.findUniqueOrThrow({
      where: { id: r.vendorId },
      include: { memberships: true, payoutRecipients: true },
    });
    expect(v).toMatchObject({
      status: "PENDING",
      name: "Kente & Co",
      contactEmail: "hello@kente.test",
      contactPhone: "+447700900123",
      applicationCategories: [category.slug],
      sampleLinks: ["https://instagram.com/kente"],
      applicationNote: null,
    });
    expect(v.memberships).toMatchObject([{ userId: user.id, role: "OWNER" }]);
    expect(v.payoutRecipients).toMatchObject([
      { type: "MOBILE_MONEY", bankCode: "MTN", accountNumber: "0245551234", recipientCode: null, isDefault: true },
    ]);
    expect(v.payoutRecipients[0]!.accountName).toBe(emulatedAccountName("0245551234"));
    expect(
      await prisma.notification.count({ where: { vendorId: v.id, templateKey: "vendor.application_received" } }),
    ).toBe(2);
    expect((await getVendorApplication({ userId: user.id }))?.status).toBe("PENDING");
    // a second application is refused
    expect(await outcome(submitVendorApplication({ userId: user.id, application: form }))).toBe("CONFLICT");
  });

  it("validation errors name the fields; nothing is created", async () => {
    const { user, form } = await applicant();
    const errors = await fieldErrorsOf(
      submitVendorApplication({
        userId: user.id,
        application: {
          ...form,
          businessName: "",
          contactEmail: "nope",
          contactPhone: "12",
          categories: [],
          sampleLinks: ["javascript:alert(1)", "a", "b", "c", "d", "e"],
          accountNumber: "",
        },
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(
      ["accountNumber", "businessName", "categories", "contactEmail", "contactPhone", "sampleLinks"].sort(),
    );
    const unknownCategory = await fieldErrorsOf(
      submitVendorApplication({ userId: user.id, application: { ...form, categories: ["no-such-category"] } }),
    );
    expect(unknownCategory).toEqual({ categories: "Choose categories from the list" });
    expect(await prisma.vendorMembership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a pending vendor's member is sent to /sell; reject → apply again → approve → dashboard", async () => {
    const { user, form } = await applicant();
    const admin = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const { vendorId } = await submitVendorApplication({ userId: user.id, application: form });
    const session = await sessionUserFor({ userId: user.id });
    expect(await outcome(requireVendorPage("/vendor", "vendor:dashboard", { user: session }))).toBe("redirect /sell");

    expect(await outcome(rejectVendor({ vendorId, reason: "Samples not found", actorId: admin.id }))).toBe("ok");
    expect(await outcome(requireVendorPage("/vendor", "vendor:dashboard", { user: session }))).toBe("redirect /sell");
    expect(await getVendorApplication({ userId: user.id })).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Samples not found",
    });
    // rejecting twice / approving a rejected vendor: clear refusals
    expect(await outcome(rejectVendor({ vendorId, reason: "again please", actorId: admin.id }))).toBe("INVALID_STATE");
    expect(await outcome(approveVendor({ vendorId, feeBps: null, actorId: admin.id }))).toBe("INVALID_STATE");

    const again = await submitVendorApplication({
      userId: user.id,
      application: {
        ...form,
        businessName: "Kente and Co",
        type: "BANK",
        bankCode: "040100",
        accountNumber: "1234567890",
      },
    });
    expect(again).toMatchObject({ vendorId, reapplied: true });
    const pending = await prisma.vendor.findUniqueOrThrow({
      where: { id: vendorId },
      include: { payoutRecipients: true },
    });
    expect(pending).toMatchObject({ status: "PENDING", name: "Kente and Co", rejectionReason: null });
    expect(pending.payoutRecipients).toMatchObject([{ type: "BANK", bankCode: "040100", isDefault: true }]);

    const approved = await approveVendor({ vendorId, feeBps: 1250, actorId: admin.id });
    expect(approved.recipient).toMatchObject({ registered: true });
    const active = await prisma.vendor.findUniqueOrThrow({
      where: { id: vendorId },
      include: { payoutRecipients: true },
    });
    expect(active).toMatchObject({ status: "ACTIVE", feeBps: 1250, reviewedById: admin.id });
    expect(active.approvedAt).not.toBeNull();
    expect(active.payoutRecipients[0]!.recipientCode).toMatch(/^RCP_/);
    expect(await outcome(requireVendorPage("/vendor", "vendor:dashboard", { user: session }))).toBe("ok");
  });

  it("a Paystack refusal at approval leaves the vendor ACTIVE with an unregistered account; retry answers the refusal", async () => {
    const { user, form } = await applicant();
    const admin = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const { vendorId } = await submitVendorApplication({ userId: user.id, application: form });
    await prisma.payoutRecipient.updateMany({ where: { vendorId }, data: { bankCode: "NOPE" } });
    const r = await approveVendor({ vendorId, feeBps: null, actorId: admin.id });
    expect(r.recipient).toMatchObject({ registered: false, error: expect.stringContaining("Invalid bank code") });
    expect((await prisma.vendor.findUniqueOrThrow({ where: { id: vendorId } })).status).toBe("ACTIVE");
    expect(await outcome(retryVendorPayoutRecipient({ vendorId }))).toBe("PAYMENT_PROVIDER");
    await prisma.payoutRecipient.updateMany({ where: { vendorId }, data: { bankCode: "MTN" } });
    expect(await retryVendorPayoutRecipient({ vendorId })).toMatchObject({ registered: true });
  });
});

describe("suspend, reactivate, fee", () => {
  it("suspending hides the products from checkout, expires unpaid orders and leaves paid ones", async () => {
    const product = await createTestProduct();
    const vendorId = product.vendor.id;
    const variantId = product.variants[0]!.id;
    const unpaid = await createTestOrder({ lines: [{ variantId }], status: "PENDING_PAYMENT" });
    const paid = await createTestOrder({ lines: [{ variantId, status: "CONFIRMED" }], status: "PAID" });
    const owner = await createTestUser({ membership: { vendorId, role: "OWNER" } });

    const r = await suspendVendor({ vendorId, reason: "Missing items in three batches" });
    expect(r).toMatchObject({ expiredOrders: 1, paidOrdersToFulfil: 1 });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: unpaid.order.id } })).status).toBe("EXPIRED");
    expect(await prisma.orderLine.findMany({ where: { orderId: unpaid.order.id }, select: { status: true } })).toEqual([
      { status: "RELEASED" },
    ]);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: paid.order.id } })).status).toBe("PAID");
    const quote = await quoteCart({ lines: [{ variantId, quantity: 1 }] });
    expect(JSON.stringify(quote)).toContain("VENDOR_UNAVAILABLE");
    expect(
      await prisma.vendor.findUniqueOrThrow({
        where: { id: vendorId },
        select: { status: true, suspensionReason: true },
      }),
    ).toEqual({ status: "SUSPENDED", suspensionReason: "Missing items in three batches" });
    // the suspended vendor's members keep the dashboard
    const session = await sessionUserFor({ userId: owner.id });
    expect(await outcome(requireVendorPage("/vendor", "vendor:dashboard", { user: session }))).toBe("ok");
    expect(await outcome(suspendVendor({ vendorId, reason: "twice over" }))).toBe("INVALID_STATE");

    await setVendorFee({ vendorId, feeBps: 800 });
    await reactivateVendor({ vendorId });
    expect(await prisma.vendor.findUniqueOrThrow({ where: { id: vendorId } })).toMatchObject({
      status: "ACTIVE",
      suspensionReason: null,
      feeBps: 800,
    });
    expect(JSON.stringify(await quoteCart({ lines: [{ variantId, quantity: 1 }] }))).not.toContain(
      "VENDOR_UNAVAILABLE",
    );
    expect(await outcome(reactivateVendor({ vendorId }))).toBe("INVALID_STATE");
    expect(
      await prisma.notification.count({
        where: { vendorId, templateKey: { in: ["vendor.suspended", "vendor.reactivated"] } },
      }),
    ).toBeGreaterThanOrEqual(2);
  });
});
