import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTransferRecipient } from "@/lib/integrations/paystack/api";

/**
 * The vendor's Paystack transfer recipient code (RCP_…), registered there the first time and
 * stored on the row. Paystack answers a duplicate account with the existing recipient, so a
 * retry after a crash between the call and the update registers nothing twice.
 */
export async function registerPayoutRecipient(
  recipient: {
    id: string;
    vendorId: string;
    type: "BANK" | "MOBILE_MONEY";
    accountName: string;
    accountNumber: string;
    bankCode: string;
    recipientCode: string | null;
  },
  db: Db = prisma,
): Promise<string> {
  if (recipient.recipientCode) return recipient.recipientCode;
  const created = await createTransferRecipient({
    type: recipient.type === "MOBILE_MONEY" ? "mobile_money" : "ghipss",
    name: recipient.accountName,
    accountNumber: recipient.accountNumber,
    bankCode: recipient.bankCode,
    metadata: { vendorId: recipient.vendorId, payoutRecipientId: recipient.id },
  });
  const taken = await db.payoutRecipient.findUnique({
    where: { recipientCode: created.recipient_code },
    select: { id: true },
  });
  if (taken && taken.id !== recipient.id)
    throw new AppError("CONFLICT", "This account is already the payout account of another vendor record: check it.");
  await db.payoutRecipient.update({
    where: { id: recipient.id },
    data: { recipientCode: created.recipient_code },
    select: { id: true },
  });
  return created.recipient_code;
}
