import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueNotification, notifyVendor } from "@/lib/notifications/enqueue";
import { lockVendor } from "@/lib/vendors/lock-vendor";
import { maskAccountNumber, verifyPayoutAccount } from "@/lib/vendors/payout-account";
import {
  registerVendorPayoutRecipient,
  type TRecipientRegistration,
} from "@/lib/vendors/register-vendor-payout-recipient";
import { ZPayoutChangeConfirmation } from "@/lib/vendors/settings-schemas";

// The owner points the shop's payouts at another account. The new account becomes a NEW
// PayoutRecipient and the default; the old row stays (the payouts already made or in flight
// reference it and keep going there). It is registered at Paystack after the commit, so a
// Paystack refusal leaves the change made with an unregistered account to retry (the payout
// run skips nothing: sendPayoutTransfer registers a recipient before its first transfer).
// Everyone who should know is told: the shop's contacts (notifyVendor, honouring the owners'
// preferences, but the email always goes) and every owner's own sign-in email.

export type TChangedPayoutAccount = {
  recipientId: string;
  /** "MTN Mobile Money •••• 4567" */
  account: string;
  accountName: string;
  nameResolved: boolean;
  previous: string | null;
  recipient: TRecipientRegistration;
};

const label = (r: { bankName: string; accountNumber: string }) => `${r.bankName} ${maskAccountNumber(r.accountNumber)}`;

export async function changePayoutAccount(
  { vendorId, account }: { vendorId: string; account: unknown },
  db: Db = prisma,
): Promise<TChangedPayoutAccount> {
  ZPayoutChangeConfirmation.parse(account);
  const verified = await verifyPayoutAccount(account); // field errors / PAYMENT_PROVIDER before any write

  const changed = await inTransaction(db, async (tx) => {
    await lockVendor(tx, vendorId);
    const vendor = await tx.vendor.findUniqueOrThrow({
      where: { id: vendorId },
      select: {
        name: true,
        contactEmail: true,
        memberships: { where: { role: "OWNER" }, select: { user: { select: { id: true, email: true } } } },
      },
    });
    const current = await tx.payoutRecipient.findFirst({
      where: { vendorId, isDefault: true },
      orderBy: { createdAt: "desc" },
      select: { id: true, type: true, bankCode: true, bankName: true, accountNumber: true },
    });
    if (
      current &&
      current.type === verified.type &&
      current.bankCode === verified.bankCode &&
      current.accountNumber === verified.accountNumber
    )
      throw new AppError("CONFLICT", "This is already your payout account.");

    await tx.payoutRecipient.updateMany({ where: { vendorId, isDefault: true }, data: { isDefault: false } });
    const created = await tx.payoutRecipient.create({
      data: {
        vendorId,
        type: verified.type,
        accountName: verified.accountName,
        accountNumber: verified.accountNumber,
        bankCode: verified.bankCode,
        bankName: verified.bankName,
        isDefault: true,
      },
      select: { id: true },
    });
    const account = label(verified);
    const dedupeKey = `vendor.payout_account_changed:${created.id}`;
    const data = { vendorName: vendor.name, account };
    await notifyVendor(
      { vendorId, topic: "ACCOUNT", templateKey: "vendor.payout_account_changed", data, dedupeKey },
      tx,
    );
    // A security notice: the contact email goes even if the owner switched ACCOUNT emails off
    // (same key as notifyVendor's email row, so never twice), and each owner's own email too.
    const emails = new Map<string, string | undefined>([[vendor.contactEmail, undefined]]);
    for (const m of vendor.memberships) if (!emails.has(m.user.email)) emails.set(m.user.email, m.user.id);
    for (const [email, userId] of emails)
      await enqueueNotification(
        {
          vendorId,
          ...(userId ? { userId } : {}),
          channel: "EMAIL",
          topic: "ACCOUNT",
          templateKey: "vendor.payout_account_changed",
          recipient: email,
          data,
          dedupeKey: userId ? `${dedupeKey}:owner:${userId}` : `${dedupeKey}:EMAIL`,
        },
        tx,
      );
    return { recipientId: created.id, account, previous: current ? label(current) : null };
  });

  const status = await db.vendor.findUnique({ where: { id: vendorId }, select: { status: true } });
  // A vendor not approved yet gets its account registered on approval (approveVendor).
  const recipient: TRecipientRegistration =
    status?.status === "ACTIVE" || status?.status === "SUSPENDED"
      ? await registerVendorPayoutRecipient({ vendorId }, db)
      : { registered: false, error: "Registered at Paystack when your shop is approved." };
  return { ...changed, accountName: verified.accountName, nameResolved: verified.nameResolved, recipient };
}
