import "server-only";
import { AppError } from "@/lib/errors";
import { serverEnv } from "@/lib/env";
import { decidePrompt, markFailed, payWithCard, payWithMobileMoney, submitOtp } from "./charge-flow";
import { emulatorQuery, emulatorTx, SCHEMA, type TTx } from "./db";
import { PaystackApiError } from "./http";
import { startEmulatorTicker } from "./intercept";
import { CARD_OTP, MOBILE_MONEY_PROVIDERS, normalizeGhanaPhone, type TMomoProvider } from "./rules";
import type { TCardInput, TMobileMoneyInput } from "./schemas";
import type { TChargeStatus, TTxnRow } from "./serialize";
import { getTxn, integrationById } from "./txn-store";

// What the hosted checkout (/dev/paystack/checkout/[accessCode]) and the phone panel
// (/dev/paystack/phone) do. They exist only in emulator mode; in real mode Paystack's own
// checkout and the customer's real phone play these parts.

export function isPaystackEmulatorEnabled(): boolean {
  return serverEnv().isPaystackEmulated;
}

/** First line of every emulator page and route: with real Paystack keys they do not exist. */
export function assertPaystackEmulatorEnabled(): void {
  if (!isPaystackEmulatorEnabled()) throw new AppError("NOT_FOUND");
}

/**
 * Every entry point of the hosted pages: 404 in real mode. In a server it also keeps emulated
 * time moving (not under tests, which drive the clock themselves).
 */
export function enterEmulator(): void {
  const env = serverEnv();
  if (!env.isPaystackEmulated) throw new AppError("NOT_FOUND");
  if (env.NODE_ENV !== "test") startEmulatorTicker();
}

export type TCheckoutView = {
  accessCode: string;
  reference: string;
  amount: number;
  currency: string;
  email: string;
  businessName: string;
  channels: string[];
  status: TChargeStatus;
  channel: "card" | "mobile_money" | null;
  displayText: string | null;
  gatewayResponse: string | null;
  mobileMoney: { provider: string; phone: string } | null;
  /** Where the browser goes once paid (the callback URL with ?trxref=&reference=), if any. */
  redirectUrl: string | null;
  /** The test OTP hint shown for cards that ask for one. */
  otpHint: string | null;
};

function callbackUrl(row: TTxnRow): string | null {
  if (!row.callback_url) return null;
  const url = new URL(row.callback_url);
  url.searchParams.set("trxref", row.reference);
  url.searchParams.set("reference", row.reference);
  return url.toString();
}

async function view(tx: TTx, row: TTxnRow): Promise<TCheckoutView> {
  const integration = await integrationById(tx.sql, row.integration_id);
  const done = row.status === "success" || row.status === "reversed";
  return {
    accessCode: row.access_code,
    reference: row.reference,
    amount: row.amount,
    currency: row.currency,
    email: row.customer_email,
    businessName: integration.business_name,
    channels: row.channels,
    status: row.status,
    channel: row.channel,
    displayText: row.display_text,
    gatewayResponse: row.gateway_response,
    mobileMoney: row.momo_phone && row.momo_provider ? { provider: row.momo_provider, phone: row.momo_phone } : null,
    redirectUrl: done ? callbackUrl(row) : null,
    otpHint: row.status === "send_otp" && row.channel === "card" ? CARD_OTP : null,
  };
}

/** Runs a checkout action on the locked transaction; Paystack-style refusals become 409s. */
async function onCheckout(
  accessCode: string,
  act: (tx: TTx, row: TTxnRow) => Promise<TTxnRow>,
): Promise<TCheckoutView> {
  enterEmulator();
  try {
    return await emulatorTx(async (tx) => {
      const row = await getTxn(tx.sql, { accessCode }, { lock: true });
      if (!row) throw new AppError("NOT_FOUND", "This payment link is not valid.");
      return view(tx, await act(tx, row));
    });
  } catch (e) {
    if (e instanceof PaystackApiError) throw new AppError("INVALID_STATE", e.message);
    throw e;
  }
}

export async function getCheckoutView(accessCode: string): Promise<TCheckoutView | null> {
  enterEmulator();
  return emulatorTx(async (tx) => {
    const row = await getTxn(tx.sql, { accessCode });
    return row ? view(tx, row) : null;
  });
}

export function checkoutPayWithCard(accessCode: string, card: TCardInput): Promise<TCheckoutView> {
  const [mm, yy] = card.expiry.split("/").map((p) => p.trim());
  return onCheckout(accessCode, (tx, row) =>
    payWithCard(tx, row, { number: card.number, expMonth: mm!, expYear: `20${yy}` }),
  );
}

export function checkoutPayWithMobileMoney(accessCode: string, input: TMobileMoneyInput): Promise<TCheckoutView> {
  const phone = normalizeGhanaPhone(input.phone);
  if (!phone) throw new AppError("BAD_REQUEST", "Enter a Ghanaian Mobile Money number, e.g. 024 123 4567.");
  return onCheckout(accessCode, (tx, row) => payWithMobileMoney(tx, row, { provider: input.provider, phone }));
}

export function checkoutSubmitOtp(accessCode: string, otp: string): Promise<TCheckoutView> {
  return onCheckout(accessCode, (tx, row) => submitOtp(tx, row, otp));
}

/** "Cancel payment": a waiting prompt is withdrawn; the browser returns to the callback URL. */
export async function checkoutCancel(accessCode: string): Promise<{ redirectUrl: string | null }> {
  const v = await onCheckout(accessCode, async (tx, row) =>
    row.status === "pay_offline" || row.status === "send_otp" ? markFailed(tx, row, "Cancelled by customer") : row,
  );
  const row = await emulatorTx((tx) => getTxn(tx.sql, { accessCode }));
  return { redirectUrl: v.redirectUrl ?? (row ? callbackUrl(row) : null) };
}

export type TPhonePrompt = {
  id: number;
  reference: string;
  amount: number;
  currency: string;
  businessName: string;
  phone: string;
  network: string;
  /** "approve": an approve/decline prompt; "otp": an SMS carrying a one-time code. */
  kind: "approve" | "otp";
  otp: string | null;
  expiresAt: string;
};

/** Everything waiting on a customer's phone: Mobile Money prompts and OTP text messages. */
export async function listPhonePrompts(): Promise<TPhonePrompt[]> {
  enterEmulator();
  const rows = await emulatorQuery<TTxnRow & { business_name: string }>(
    `SELECT t.*, i.business_name FROM ${SCHEMA}.txn t JOIN ${SCHEMA}.integration i ON i.id = t.integration_id
     WHERE t.status IN ('pay_offline', 'send_otp') AND t.prompt_on_phone AND t.prompt_expires_at > now()
     ORDER BY t.updated_at DESC LIMIT 50`,
  );
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    amount: r.amount,
    currency: r.currency,
    businessName: r.business_name,
    phone: r.momo_phone ?? "",
    network: MOBILE_MONEY_PROVIDERS[(r.momo_provider ?? "mtn") as TMomoProvider]?.name ?? "",
    kind: r.status === "send_otp" ? "otp" : "approve",
    otp: r.status === "send_otp" ? r.otp : null,
    expiresAt: r.prompt_expires_at!.toISOString(),
  }));
}

export async function decidePhonePrompt(
  id: number,
  decision: "approve" | "decline",
): Promise<{ status: TChargeStatus }> {
  enterEmulator();
  try {
    return await emulatorTx(async (tx) => {
      const row = await getTxn(tx.sql, { id }, { lock: true });
      if (!row) throw new AppError("NOT_FOUND", "This payment request no longer exists.");
      const next = await decidePrompt(tx, row, decision);
      return { status: next.status };
    });
  } catch (e) {
    if (e instanceof PaystackApiError) throw new AppError("INVALID_STATE", e.message);
    throw e;
  }
}
