import "server-only";
import { SCHEMA } from "./db";
import { iso } from "./http";

// Rows of the emulator tables and their JSON as Paystack shows it (field names, nulls and
// quirks such as both `paid_at` and `paidAt`), so the app parses the same shapes in both modes.

export type TChargeStatus = "abandoned" | "send_otp" | "pay_offline" | "success" | "failed" | "reversed";
export type THistoryItem = {
  type: "action" | "open" | "input" | "error" | "success" | "close";
  message: string;
  at: number;
};

export type TTxnRow = {
  id: number;
  integration_id: number;
  reference: string;
  access_code: string;
  amount: number;
  currency: string;
  status: TChargeStatus;
  channel: "card" | "mobile_money" | null;
  gateway_response: string | null;
  display_text: string | null;
  callback_url: string | null;
  channels: string[];
  metadata: unknown;
  fees: number | null;
  auth: Record<string, unknown> | null;
  momo_provider: string | null;
  momo_phone: string | null;
  otp: string | null;
  otp_attempts: number;
  prompt_on_phone: boolean;
  prompt_expires_at: Date | null;
  attempts: number;
  history: THistoryItem[];
  amount_refunded: number;
  settlement_id: number | null;
  source: "initialize" | "charge";
  paid_at: Date | null;
  created_at: Date;
  updated_at: Date;
  customer_id: number;
  customer_email: string;
  customer_code: string;
};

/** Transactions are always read with their customer. */
export const TXN_SELECT = `SELECT t.*, c.email AS customer_email, c.customer_code
  FROM ${SCHEMA}.txn t JOIN ${SCHEMA}.customer c ON c.id = t.customer_id`;

export function customerJson(row: Pick<TTxnRow, "customer_id" | "customer_email" | "customer_code">) {
  return {
    id: row.customer_id,
    first_name: null,
    last_name: null,
    email: row.customer_email,
    customer_code: row.customer_code,
    phone: null,
    metadata: null,
    risk_action: "default",
    international_format_phone: null,
  };
}

/** What /transaction/verify and /transaction show: a charge waiting on the customer is "ongoing"/"pending". */
export function publicStatus(status: TChargeStatus): string {
  if (status === "send_otp") return "ongoing";
  if (status === "pay_offline") return "pending";
  return status;
}

function logJson(row: TTxnRow) {
  if (row.history.length === 0) return null;
  const start = row.created_at.getTime();
  const seconds = (at: number) => Math.max(0, Math.round((at - start) / 1000));
  const last = row.history[row.history.length - 1]!;
  return {
    start_time: Math.floor(start / 1000),
    time_spent: seconds(last.at),
    attempts: row.attempts,
    errors: row.history.filter((h) => h.type === "error").length,
    success: row.status === "success" || row.status === "reversed",
    mobile: false,
    input: [],
    history: row.history.map((h) => ({ type: h.type, message: h.message, time: seconds(h.at) })),
  };
}

export function transactionJson(row: TTxnRow, status: string = publicStatus(row.status)) {
  const paidAt = iso(row.paid_at);
  const createdAt = iso(row.created_at);
  return {
    id: row.id,
    domain: "test",
    status,
    reference: row.reference,
    receipt_number: null,
    amount: row.amount,
    message: null,
    gateway_response: row.gateway_response ?? (row.status === "abandoned" ? "The transaction was not completed" : null),
    paid_at: paidAt,
    created_at: createdAt,
    channel: row.channel ?? "card",
    currency: row.currency,
    ip_address: "127.0.0.1",
    metadata: row.metadata ?? "",
    log: logJson(row),
    fees: row.fees,
    fees_split: null,
    authorization: row.auth ?? {},
    customer: customerJson(row),
    plan: null,
    split: {},
    order_id: null,
    paidAt,
    createdAt,
    requested_amount: row.amount,
    pos_transaction_data: null,
    source: null,
    fees_breakdown: null,
    connect: null,
    transaction_date: createdAt,
    plan_object: {},
    subaccount: {},
  };
}

/** /charge answers: the full transaction once final, else reference + status + display_text. */
export function chargeJson(row: TTxnRow) {
  if (row.status === "success" || row.status === "reversed") return transactionJson(row, "success");
  if (row.status === "failed") return { ...transactionJson(row, "failed"), message: row.gateway_response };
  return {
    reference: row.reference,
    status: row.status === "abandoned" ? "pending" : row.status,
    display_text: row.display_text,
  };
}
