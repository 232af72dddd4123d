import "server-only";
import { AppError } from "@/lib/errors";

// The chart of accounts of domain.md. Line amounts are signed: > 0 is a debit, < 0 a
// credit. Each account has a normal side; its "natural" balance is positive when the
// account holds what it should (escrow holds customer money as a credit, for example).

export const ACCOUNTS = {
  paystackClearing: "paystack_clearing",
  escrow: "escrow",
  platformRevenue: "platform_revenue",
  paystackFees: "paystack_fees",
  refunds: "refunds",
} as const;

export const VENDOR_PAYABLE_PREFIX = "vendor_payable:";

export function vendorPayable(vendorId: string): string {
  if (!vendorId) throw new AppError("BAD_REQUEST", "vendor_payable needs a vendor id");
  return `${VENDOR_PAYABLE_PREFIX}${vendorId}`;
}

export type TAccountKind =
  "paystack_clearing" | "escrow" | "vendor_payable" | "platform_revenue" | "paystack_fees" | "refunds";

export function accountKind(account: string): TAccountKind | null {
  if (account.startsWith(VENDOR_PAYABLE_PREFIX))
    return account.length > VENDOR_PAYABLE_PREFIX.length ? "vendor_payable" : null;
  const fixed = Object.values(ACCOUNTS) as string[];
  return fixed.includes(account) ? (account as TAccountKind) : null;
}

export function isKnownAccount(account: string): boolean {
  return accountKind(account) !== null;
}

/**
 * Normal side per kind. Liabilities and revenue (escrow, vendor payables, platform
 * revenue) are credit-normal; the clearing asset and expense accounts are debit-normal.
 */
const NORMAL_SIDE: Record<TAccountKind, "debit" | "credit"> = {
  paystack_clearing: "debit",
  escrow: "credit",
  vendor_payable: "credit",
  platform_revenue: "credit",
  paystack_fees: "debit",
  refunds: "debit",
};

export function normalSide(account: string): "debit" | "credit" {
  const kind = accountKind(account);
  if (!kind) throw new AppError("BAD_REQUEST", `Unknown ledger account "${account}"`);
  return NORMAL_SIDE[kind];
}

/** Signed sum of lines (debits positive) → balance on the account's normal side. */
export function naturalBalance(account: string, signedSum: number): number {
  return normalSide(account) === "debit" || signedSum === 0 ? signedSum : -signedSum;
}

/**
 * Accounts whose natural balance may never go below zero: escrow cannot release or refund
 * more than customers paid in, a vendor is never paid more than earned, revenue and fees
 * never run backwards. paystack_clearing may go negative (Paystack keeps its fee when a
 * payment is refunded in full), and `refunds` is an expense that only grows.
 */
export const NON_NEGATIVE_KINDS: ReadonlySet<TAccountKind> = new Set([
  "escrow",
  "vendor_payable",
  "platform_revenue",
  "paystack_fees",
  "refunds",
]);
