"use server";
// Vendor settings (/vendor/settings): owners only. The business profile (vendor:settings:write),
// the payout account (vendor:payouts:manage: staff never see or change it) and the owner's
// notification channels. Each change is audited (AuditLog), like staff actions.
import { z } from "zod";
import { action } from "@/lib/http/action";
import { retryVendorPayoutRecipient } from "@/lib/vendors/register-vendor-payout-recipient";
import { changePayoutAccount, type TChangedPayoutAccount } from "@/lib/vendors/change-payout-account";
import { maskAccountNumber, verifyPayoutAccount } from "@/lib/vendors/payout-account";
import { setVendorNotificationPreferences } from "@/lib/vendors/set-vendor-notification-preferences";
import { updateVendorProfile } from "@/lib/vendors/update-vendor-profile";

/** The wrapper parses only what it must: the use cases parse the rest (their field errors reach the form). */
const ZAny = z.record(z.string(), z.unknown());

export const updateVendorProfileAction = action(
  {
    permission: "vendor:settings:write",
    input: ZAny,
    revalidate: ["/vendor/settings"],
    audit: (_input, r: Awaited<ReturnType<typeof updateVendorProfile>> & { vendorId: string }) => ({
      action: "vendor.profile.update",
      entityType: "Vendor",
      entityId: r.vendorId,
      before: r.before,
      after: r.after,
    }),
  },
  async (input, { vendor }) => ({
    ...(await updateVendorProfile({ vendorId: vendor.vendorId, profile: input })),
    vendorId: vendor.vendorId,
  }),
);

/** Step one of a change: Paystack's answer for the account (the holder's name) before the owner confirms. */
export const checkPayoutAccountAction = action({ permission: "vendor:payouts:manage", input: ZAny }, async (input) => {
  const v = await verifyPayoutAccount(input);
  return {
    account: `${v.bankName} ${maskAccountNumber(v.accountNumber)}`,
    accountName: v.accountName,
    nameResolved: v.nameResolved,
  };
});

export const changePayoutAccountAction = action(
  {
    permission: "vendor:payouts:manage",
    input: ZAny,
    revalidate: ["/vendor/settings", "/vendor/payouts"],
    audit: (_input, r: TChangedPayoutAccount & { vendorId: string }) => ({
      action: "vendor.payout_account.change",
      entityType: "Vendor",
      entityId: r.vendorId,
      before: { account: r.previous },
      after: { account: r.account, accountName: r.accountName, recipientId: r.recipientId },
      data: {
        nameResolved: r.nameResolved,
        registered: r.recipient.registered,
        ...(r.recipient.registered ? {} : { registrationError: r.recipient.error }),
      },
    }),
  },
  async (input, { vendor }) => ({
    ...(await changePayoutAccount({ vendorId: vendor.vendorId, account: input })),
    vendorId: vendor.vendorId,
  }),
);

/** Registers the current payout account at Paystack again after a refusal (a refusal is the message). */
export const retryPayoutRegistrationAction = action(
  {
    permission: "vendor:payouts:manage",
    input: z.object({}),
    revalidate: ["/vendor/settings"],
    audit: (_input, r: { vendorId: string; recipientCode: string }) => ({
      action: "vendor.payout_account.register",
      entityType: "Vendor",
      entityId: r.vendorId,
      data: { recipientCode: r.recipientCode },
    }),
  },
  async (_input, { vendor }) => {
    const r = await retryVendorPayoutRecipient({ vendorId: vendor.vendorId });
    return { vendorId: vendor.vendorId, recipientCode: r.recipientCode };
  },
);

export const setVendorNotificationPreferencesAction = action(
  {
    permission: "vendor:settings:write",
    input: ZAny,
    revalidate: ["/vendor/settings/notifications"],
    audit: (_input, r: Awaited<ReturnType<typeof setVendorNotificationPreferences>> & { vendorId: string }) => ({
      action: "vendor.notification_preferences.update",
      entityType: "Vendor",
      entityId: r.vendorId,
      data: { changed: r.changed },
    }),
  },
  async (input, { user, vendor }) => ({
    ...(await setVendorNotificationPreferences({ userId: user.id, input })),
    vendorId: vendor.vendorId,
  }),
);
