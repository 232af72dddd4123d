import "server-only";
import type Paystack from "paystack-sdk";
import { paystack, paystackSecretKey } from "./client";
import type {
  TPaystackBalance,
  TPaystackBank,
  TPaystackCharge,
  TPaystackInitialized,
  TPaystackMeta,
  TPaystackRecipient,
  TPaystackRefund,
  TPaystackResolvedAccount,
  TPaystackSettlement,
  TPaystackTotals,
  TPaystackTransaction,
  TPaystackTransfer,
} from "./types";

// Typed calls for what the app does with Paystack. Each goes through the paystack-sdk instance
// from client.ts (or, where the SDK is broken, the same global fetch to api.paystack.co), so
// emulator mode answers them too. Each returns Paystack's `data`; a refusal (4xx/5xx) throws
// PaystackError with Paystack's status and message.

const API = "https://api.paystack.co";

export class PaystackError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "PaystackError";
  }
}

type TEnvelope<T> = { status: boolean; message: string; data: T; meta?: TPaystackMeta };

/** paystack-sdk throws PaystackHttpError({ status, body }) for non-2xx; this keeps its message. */
function rethrow(e: unknown): never {
  if (e instanceof PaystackError) throw e;
  if (e instanceof Error && e.name === "PaystackHttpError") {
    const { status, body } = e as Error & { status: number; body: { message?: string; code?: string } | null };
    throw new PaystackError(status, body?.message ?? e.message, body?.code);
  }
  throw e;
}

async function sdk<T>(call: (p: Paystack) => Promise<unknown>): Promise<TEnvelope<T>> {
  let res: TEnvelope<T>;
  try {
    res = (await call(paystack())) as TEnvelope<T>;
  } catch (e) {
    rethrow(e);
  }
  if (!res || res.status !== true) throw new PaystackError(400, res?.message ?? "Paystack refused the request");
  return res;
}

/** For endpoints paystack-sdk lacks or gets wrong: the same fetch and key as the SDK. */
async function request<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<TEnvelope<T>> {
  paystack(); // installs the emulator's fetch in emulator mode
  const res = await fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${paystackSecretKey()}`, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    cache: "no-store",
  });
  const json = (await res.json().catch(() => null)) as (TEnvelope<T> & { code?: string }) | null;
  if (!res.ok || !json?.status)
    throw new PaystackError(res.status, json?.message ?? `Paystack answered ${res.status}`, json?.code);
  return json;
}

const data = <T>(p: Promise<TEnvelope<T>>) => p.then((r) => r.data);
const page = <T>(p: Promise<TEnvelope<T[]>>) => p.then((r) => ({ data: r.data, meta: r.meta! }));

export type TListQuery = { page?: number; perPage?: number; from?: Date; to?: Date };

export function initializeTransaction(input: {
  email: string;
  amount: number;
  reference: string;
  callbackUrl?: string;
  channels?: ("card" | "mobile_money")[];
  metadata?: Record<string, unknown>;
}): Promise<TPaystackInitialized> {
  const { callbackUrl, amount, ...rest } = input;
  return data(
    sdk((p) =>
      p.transaction.initialize({
        ...rest,
        amount: String(amount),
        currency: "GHS",
        ...(callbackUrl ? { callback_url: callbackUrl } : {}),
      }),
    ),
  );
}

export const verifyTransaction = (reference: string) =>
  data(sdk<TPaystackTransaction>((p) => p.transaction.verify(encodeURIComponent(reference))));

export const listTransactions = (q: TListQuery & { status?: "success" | "failed" | "abandoned" } = {}) =>
  page(sdk<TPaystackTransaction[]>((p) => p.transaction.list(q)));

export const transactionTotals = (q: TListQuery = {}) => data(sdk<TPaystackTotals>((p) => p.transaction.total(q)));

/** A Mobile Money charge (no initialize first): the customer approves on the phone or sends an OTP. */
/** Paystack's Ghana Mobile Money numbers are local: "+233244123456" → "0244123456". */
function localGhanaPhone(phone: string): string {
  return phone.startsWith("+233") ? `0${phone.slice(4)}` : phone;
}

export function chargeMobileMoney(input: {
  email: string;
  amount: number;
  reference: string;
  provider: "mtn" | "atl" | "vod";
  phone: string;
  metadata?: Record<string, unknown>;
}): Promise<TPaystackCharge> {
  const body = {
    email: input.email,
    amount: String(input.amount),
    currency: "GHS",
    reference: input.reference,
    mobile_money: { phone: localGhanaPhone(input.phone), provider: input.provider },
    ...(input.metadata ? { metadata: input.metadata } : {}),
  };
  // The SDK types `mobile_money` as a string; Paystack (and the SDK at runtime) take an object.
  return data(
    sdk<TPaystackCharge>((p) => p.charge.create(body as unknown as Parameters<Paystack["charge"]["create"]>[0])),
  );
}

export const submitChargeOtp = (reference: string, otp: string) =>
  data(sdk<TPaystackCharge>((p) => p.charge.submitOTP({ reference, otp })));

/** GET /charge/:reference (the SDK's checkPending calls a wrong URL). */
export const checkCharge = (reference: string) =>
  data(request<TPaystackCharge>("GET", `/charge/${encodeURIComponent(reference)}`));

export const listMobileMoneyProviders = () =>
  data(sdk<TPaystackBank[]>((p) => p.misc.banks({ currency: "GHS", type: "mobile_money" })));

/** Ghana's banks (GhIPSS), the payout destinations besides Mobile Money. */
export const listBanks = () => data(sdk<TPaystackBank[]>((p) => p.misc.banks({ currency: "GHS", type: "ghipss" })));

/**
 * GET /bank/resolve: the account holder's name at the bank or network (`bankCode` from
 * listBanks / listMobileMoneyProviders). An account it cannot resolve is a 422 PaystackError.
 */
export const resolveAccountNumber = (input: { accountNumber: string; bankCode: string }) =>
  data(
    request<TPaystackResolvedAccount>(
      "GET",
      `/bank/resolve?${new URLSearchParams({ account_number: input.accountNumber, bank_code: input.bankCode })}`,
    ),
  );

/** amount omitted = everything not yet refunded. */
export const createRefund = (input: {
  transaction: string;
  amount?: number;
  merchantNote?: string;
  customerNote?: string;
}) =>
  data(
    sdk<TPaystackRefund>((p) =>
      p.refund.create({
        transaction: input.transaction,
        ...(input.amount === undefined ? {} : { amount: input.amount }),
        ...(input.merchantNote ? { merchant_note: input.merchantNote } : {}),
        ...(input.customerNote ? { customer_note: input.customerNote } : {}),
      }),
    ),
  );

export const fetchRefund = (id: number) => data(sdk<TPaystackRefund>((p) => p.refund.fetch(id)));

export const listRefunds = (q: TListQuery & { transaction?: string } = {}) =>
  page(sdk<TPaystackRefund[]>((p) => p.refund.list(q as Parameters<Paystack["refund"]["list"]>[0])));

export const createTransferRecipient = (input: {
  type: "mobile_money" | "ghipss";
  name: string;
  accountNumber: string;
  bankCode: string;
  metadata?: Record<string, unknown>;
}) =>
  data(
    sdk<TPaystackRecipient>((p) =>
      p.recipient.create({
        type: input.type,
        name: input.name,
        account_number: input.accountNumber,
        bank_code: input.bankCode,
        currency: "GHS",
        ...(input.metadata ? { metadata: input.metadata } : {}),
      }),
    ),
  );

/** `reference` (lowercase letters, digits, - and _) makes a retried request return the same transfer. */
export const initiateTransfer = (input: { amount: number; recipient: string; reference: string; reason?: string }) =>
  data(sdk<TPaystackTransfer>((p) => p.transfer.initiate({ source: "balance", currency: "GHS", ...input })));

/** GET /transfer/verify/:reference (the SDK's verify misses the leading slash). */
export const verifyTransfer = (reference: string) =>
  data(request<TPaystackTransfer>("GET", `/transfer/verify/${encodeURIComponent(reference)}`));

export const listTransfers = (q: TListQuery = {}) => page(sdk<TPaystackTransfer[]>((p) => p.transfer.list(q)));

export const listSettlements = (q: TListQuery = {}) => page(sdk<TPaystackSettlement[]>((p) => p.settlement.list(q)));

export const fetchBalance = () => data(sdk<TPaystackBalance[]>((p) => p.transfer.control.balance()));
