import "server-only";
import { z, ZodError } from "zod";
import { normalizeGhanaPhone } from "@/lib/addresses/schemas";
import { AppError } from "@/lib/errors";
import {
  listBanks,
  listMobileMoneyProviders,
  PaystackError,
  resolveAccountNumber,
} from "@/lib/integrations/paystack/api";

// A vendor's payout account, as the /sell application and the vendor settings page take it:
// a Ghana bank account (GhIPSS bank code from Paystack's bank list) or a Mobile Money wallet
// (network MTN / ATL / VOD + the wallet's phone number). The form fields are flat (type,
// bankCode, network, accountNumber, accountName) so they sit in any <form> beside other fields;
// `verifyPayoutAccount` checks the code against Paystack and resolves the holder's name.

export const MOBILE_MONEY_NETWORKS = ["MTN", "ATL", "VOD"] as const;
export type TMobileMoneyNetwork = (typeof MOBILE_MONEY_NETWORKS)[number];

const ZAccountName = z
  .string({ error: "Enter the name on the account" })
  .trim()
  .min(2, "Enter the name on the account")
  .max(120, "Keep the name under 120 characters");

const ZBankAccount = z.object({
  type: z.literal("BANK"),
  bankCode: z.string({ error: "Choose your bank" }).trim().min(1, "Choose your bank").max(20, "Choose your bank"),
  accountNumber: z
    .string({ error: "Enter the account number" })
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{6,20}$/, "Enter the account number: 6 to 20 digits")),
  accountName: ZAccountName,
});

const ZMobileMoneyAccount = z.object({
  type: z.literal("MOBILE_MONEY"),
  network: z.enum(MOBILE_MONEY_NETWORKS, { error: "Choose the Mobile Money network" }),
  /** The wallet's phone number, stored the way Paystack takes it: "0241234567". */
  accountNumber: z
    .string({ error: "Enter the Mobile Money number" })
    .trim()
    .transform((v, ctx) => {
      const e164 = normalizeGhanaPhone(v);
      if (!e164) {
        ctx.addIssue({ code: "custom", message: "Enter a Ghana number like 024 123 4567" });
        return z.NEVER;
      }
      return `0${e164.slice(4)}`;
    }),
  accountName: ZAccountName,
});

export const ZPayoutAccountInput = z.discriminatedUnion("type", [ZBankAccount, ZMobileMoneyAccount], {
  error: "Choose a bank account or Mobile Money",
});
export type TPayoutAccountInput = z.input<typeof ZPayoutAccountInput>;
export type TPayoutAccount = z.output<typeof ZPayoutAccountInput>;

/** What a PayoutRecipient row stores, checked with Paystack. */
export type TVerifiedPayoutAccount = {
  type: "BANK" | "MOBILE_MONEY";
  bankCode: string;
  bankName: string;
  accountNumber: string;
  /** The name the bank or network holds when Paystack resolved it, else the one typed. */
  accountName: string;
  /** true when the name came from the bank or network. */
  nameResolved: boolean;
};

/** One option of the bank or network select (components/vendors/payout-account-fields.tsx). */
export type TPayoutOption = { code: string; name: string };
export type TPayoutOptions = { banks: TPayoutOption[]; networks: TPayoutOption[]; unavailable: boolean };

function fieldError(field: string, message: string): ZodError {
  return new ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}

const providerDown = (cause: unknown) =>
  new AppError("PAYMENT_PROVIDER", "We could not check the payout account with Paystack just now. Please try again.", {
    cause,
  });

/** The bank and Mobile Money network lists for the payout form (empty + unavailable when Paystack is down). */
export async function loadPayoutOptions(): Promise<TPayoutOptions> {
  try {
    const [banks, networks] = await Promise.all([listBanks(), listMobileMoneyProviders()]);
    const opt = (b: { code: string; name: string; active?: boolean }) => ({ code: b.code, name: b.name });
    return {
      banks: banks.filter((b) => b.active !== false).map(opt),
      networks: networks.filter((n) => n.active !== false).map(opt),
      unavailable: false,
    };
  } catch (e) {
    console.error("[payout options]", e);
    return { banks: [], networks: [], unavailable: true };
  }
}

/**
 * Parses a payout account, checks its bank or network code against Paystack's list and asks
 * Paystack for the holder's name. An unknown code or an account Paystack cannot resolve is a
 * field error (ZodError, shown beside the field); Paystack not answering is PAYMENT_PROVIDER.
 * Where Paystack offers no resolution (404), the typed name is kept.
 */
export async function verifyPayoutAccount(raw: unknown): Promise<TVerifiedPayoutAccount> {
  const input = ZPayoutAccountInput.parse(raw);
  const code = input.type === "BANK" ? input.bankCode : input.network;
  const codeField = input.type === "BANK" ? "bankCode" : "network";
  let list;
  try {
    list = input.type === "BANK" ? await listBanks() : await listMobileMoneyProviders();
  } catch (e) {
    throw providerDown(e);
  }
  const bank = list.find((b) => b.code.toLowerCase() === code.toLowerCase() && b.active !== false);
  if (!bank)
    throw fieldError(
      codeField,
      input.type === "BANK" ? "Choose a bank from the list" : "Choose a network from the list",
    );

  const base = { type: input.type, bankCode: bank.code, bankName: bank.name, accountNumber: input.accountNumber };
  try {
    const resolved = await resolveAccountNumber({ accountNumber: input.accountNumber, bankCode: bank.code });
    const name = resolved.account_name?.trim();
    return name
      ? { ...base, accountName: name, nameResolved: true }
      : { ...base, accountName: input.accountName, nameResolved: false };
  } catch (e) {
    if (e instanceof PaystackError && (e.status === 400 || e.status === 422)) {
      throw fieldError(
        "accountNumber",
        input.type === "BANK"
          ? `${bank.name} could not find this account number. Check it and try again.`
          : `${bank.name} could not find a Mobile Money wallet on this number. Check it and try again.`,
      );
    }
    if (e instanceof PaystackError && e.status === 404)
      return { ...base, accountName: input.accountName, nameResolved: false };
    throw providerDown(e);
  }
}

/** "0241234567" → "•••• 4567" (admin pages and notifications never show the whole number). */
export function maskAccountNumber(accountNumber: string): string {
  return `•••• ${accountNumber.slice(-4)}`;
}
