import "server-only";
import type { TTx } from "./db";
import { PaystackApiError } from "./http";
import { newAuthorizationCode, newOtp, newSignature } from "./ids";
import { integrationById, updateTxn } from "./txn-store";
import {
  CARD_OTP,
  cardOutcome,
  MOBILE_MONEY_PROVIDERS,
  momoOutcome,
  TIMING,
  transactionFee,
  type TMomoProvider,
} from "./rules";
import { transactionJson, type TTxnRow } from "./serialize";
import { enqueueWebhook } from "./webhooks";

// The life of a charge, shared by the API (/charge, /charge/submit_otp), the hosted checkout
// and the phone panel. Every function takes a row locked FOR UPDATE by the caller:
//   abandoned → send_otp | pay_offline → success | failed   (a failed or waiting hosted
//   checkout may be attempted again; a success is final).

const WAITING_TEXT = "Please complete authorization process on your mobile phone";
const OTP_TEXT = "Please enter the one-time password sent to your phone";
const MAX_OTP_ATTEMPTS = 3;

function assertOpen(row: TTxnRow): void {
  if (row.status === "success" || row.status === "reversed") {
    throw new PaystackApiError(
      400,
      "Transaction has already been completed",
      "validation_error",
      "transaction_completed",
    );
  }
}

export async function markSuccess(tx: TTx, row: TTxnRow, gatewayResponse: string): Promise<TTxnRow> {
  const done = await updateTxn(
    tx.sql,
    row.id,
    {
      status: "success",
      gateway_response: gatewayResponse,
      display_text: null,
      fees: transactionFee(row.amount),
      otp: null,
      prompt_on_phone: false,
      prompt_expires_at: null,
      paid_at: new Date(),
    },
    [
      {
        type: "success",
        message: `Successfully paid with ${row.channel === "mobile_money" ? "mobile money" : "card"}`,
      },
    ],
  );
  await enqueueWebhook(
    tx,
    await integrationById(tx.sql, done.integration_id),
    "charge.success",
    done.reference,
    transactionJson(done, "success"),
  );
  return done;
}

export async function markFailed(tx: TTx, row: TTxnRow, reason: string): Promise<TTxnRow> {
  return updateTxn(
    tx.sql,
    row.id,
    {
      status: "failed",
      gateway_response: reason,
      display_text: null,
      otp: null,
      prompt_on_phone: false,
      prompt_expires_at: null,
    },
    [{ type: "error", message: reason }],
  );
}

export async function payWithCard(
  tx: TTx,
  row: TTxnRow,
  card: { number: string; expMonth: string; expYear: string },
): Promise<TTxnRow> {
  assertOpen(row);
  const outcome = cardOutcome(card.number);
  const brand = outcome.kind === "decline" ? "visa" : outcome.brand;
  const auth = {
    authorization_code: newAuthorizationCode(),
    bin: card.number.slice(0, 6),
    last4: card.number.slice(-4),
    exp_month: card.expMonth,
    exp_year: card.expYear,
    channel: "card",
    card_type: `${brand} `,
    bank: outcome.kind === "decline" ? "TEST BANK" : outcome.bank,
    country_code: "GH",
    brand,
    reusable: true,
    signature: newSignature(),
    account_name: null,
  };
  const started = await updateTxn(
    tx.sql,
    row.id,
    {
      channel: "card",
      auth,
      attempts: row.attempts + 1,
      momo_phone: null,
      momo_provider: null,
      otp: null,
      otp_attempts: 0,
      prompt_on_phone: false,
      prompt_expires_at: null,
    },
    [{ type: "action", message: "Attempted to pay with card" }],
  );
  if (outcome.kind === "decline") return markFailed(tx, started, outcome.message);
  if (outcome.kind === "success") return markSuccess(tx, started, "Successful");
  return updateTxn(
    tx.sql,
    row.id,
    {
      status: "send_otp",
      otp: CARD_OTP,
      display_text: OTP_TEXT,
      prompt_expires_at: new Date(Date.now() + TIMING.momoPromptTtl),
    },
    [{ type: "input", message: "OTP requested" }],
  );
}

export async function payWithMobileMoney(
  tx: TTx,
  row: TTxnRow,
  momo: { provider: TMomoProvider; phone: string },
): Promise<TTxnRow> {
  assertOpen(row);
  const provider = MOBILE_MONEY_PROVIDERS[momo.provider];
  const auth = {
    authorization_code: newAuthorizationCode(),
    bin: `${momo.phone.slice(0, 3)}XXX`,
    last4: `X${momo.phone.slice(-3)}`,
    exp_month: "12",
    exp_year: "9999",
    channel: "mobile_money",
    card_type: "",
    bank: provider.code,
    country_code: "GH",
    brand: provider.brand,
    reusable: false,
    signature: null,
    account_name: null,
    mobile_money_number: momo.phone,
  };
  const started = await updateTxn(
    tx.sql,
    row.id,
    {
      channel: "mobile_money",
      auth,
      attempts: row.attempts + 1,
      momo_phone: momo.phone,
      momo_provider: momo.provider,
      otp: null,
      otp_attempts: 0,
    },
    [{ type: "action", message: `Attempted to pay with mobile money (${provider.name})` }],
  );
  const outcome = momoOutcome(momo.phone);
  if (outcome === "decline") return markFailed(tx, started, "Declined");
  const ttl = outcome === "timeout" ? TIMING.momoUnreachableTtl : TIMING.momoPromptTtl;
  return updateTxn(
    tx.sql,
    row.id,
    {
      status: outcome === "otp" ? "send_otp" : "pay_offline",
      otp: outcome === "otp" ? newOtp() : null,
      display_text: outcome === "otp" ? OTP_TEXT : WAITING_TEXT,
      prompt_on_phone: outcome !== "timeout",
      prompt_expires_at: new Date(Date.now() + ttl),
    },
    [
      {
        type: "open",
        message:
          outcome === "otp" ? "OTP sent to the customer's phone" : "Authorization prompt sent to the customer's phone",
      },
    ],
  );
}

/** A wrong OTP may be retried twice; the third wrong one fails the charge. */
export async function submitOtp(tx: TTx, row: TTxnRow, otp: string): Promise<TTxnRow> {
  if (row.status === "success" || row.status === "failed") return row;
  if (row.status !== "send_otp")
    throw new PaystackApiError(400, "Transaction is not awaiting an OTP", "validation_error", "invalid_state");
  if (otp.trim() === row.otp) return markSuccess(tx, row, "Approved");
  const attempts = row.otp_attempts + 1;
  if (attempts >= MAX_OTP_ATTEMPTS)
    return markFailed(tx, { ...row, otp_attempts: attempts }, "Token Validation Failed");
  return updateTxn(tx.sql, row.id, { otp_attempts: attempts, display_text: "Incorrect OTP. Please try again." }, [
    { type: "error", message: "Incorrect OTP" },
  ]);
}

/** The customer answers the Mobile Money prompt on the phone. */
export async function decidePrompt(tx: TTx, row: TTxnRow, decision: "approve" | "decline"): Promise<TTxnRow> {
  if (row.status !== "pay_offline" || !row.prompt_on_phone) {
    throw new PaystackApiError(400, "This payment is not waiting for approval", "validation_error", "invalid_state");
  }
  return decision === "approve" ? markSuccess(tx, row, "Approved") : markFailed(tx, row, "Declined by customer");
}
