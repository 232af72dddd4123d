import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PaystackError } from "@/lib/integrations/paystack/api";
import { registerPayoutRecipient } from "@/lib/payouts/register-payout-recipient";

export type TRecipientRegistration = { registered: true; recipientCode: string } | { registered: false; error: string };

/**
 * Registers the vendor's default payout account at Paystack (a transfer recipient) unless it
 * already is. Never throws for Paystack: approval happens first and stays; a refusal comes
 * back as `{ registered: false, error }` for the admin page's "retry" state.
 */
export async function registerVendorPayoutRecipient(
  { vendorId }: { vendorId: string },
  db: Db = prisma,
): Promise<TRecipientRegistration> {
  const recipient = await db.payoutRecipient.findFirst({
    where: { vendorId, isDefault: true },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      vendorId: true,
      type: true,
      accountName: true,
      accountNumber: true,
      bankCode: true,
      recipientCode: true,
    },
  });
  if (!recipient) return { registered: false, error: "The vendor has no payout account." };
  try {
    return { registered: true, recipientCode: await registerPayoutRecipient(recipient, db) };
  } catch (e) {
    if (e instanceof PaystackError) return { registered: false, error: `Paystack refused the account: ${e.message}` };
    if (e instanceof AppError) return { registered: false, error: e.message };
    console.error("[vendor payout recipient]", e);
    return { registered: false, error: "Paystack did not answer. Try again in a minute." };
  }
}

/** The admin's "retry" for a vendor whose payout account is not registered: a refusal is an error to show. */
export async function retryVendorPayoutRecipient({ vendorId }: { vendorId: string }, db: Db = prisma) {
  const vendor = await db.vendor.findUnique({ where: { id: vendorId }, select: { status: true } });
  if (!vendor) throw new AppError("NOT_FOUND", "Vendor not found.");
  if (vendor.status !== "ACTIVE" && vendor.status !== "SUSPENDED")
    throw new AppError("INVALID_STATE", "Only an approved vendor's payout account is registered at Paystack.");
  const r = await registerVendorPayoutRecipient({ vendorId }, db);
  if (!r.registered) throw new AppError("PAYMENT_PROVIDER", r.error);
  return r;
}
