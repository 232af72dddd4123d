import "server-only";
import { serverEnv } from "@/lib/env";
import { SCHEMA } from "../db";
import { amountOf, bad, dateParam, notFound, ok, pageMeta, pageOf, str } from "../http";
import { newReference } from "../ids";
import { TXN_SELECT, transactionJson, type TTxnRow } from "../serialize";
import { getTxn, insertTransaction } from "../txn-store";
import type { TCtx } from "./context";

// /transaction: initialize, verify, fetch, list, totals.

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REFERENCE = /^[A-Za-z0-9.=-]{1,100}$/;
const SUPPORTED_CHANNELS = ["card", "mobile_money"];
const KNOWN_CHANNELS = new Set([
  "card",
  "bank",
  "ussd",
  "qr",
  "mobile_money",
  "bank_transfer",
  "eft",
  "apple_pay",
  "payattitude",
]);

/** Fields shared by /transaction/initialize and /charge. */
export function readPaymentBasics(body: Record<string, unknown>) {
  const email = str(body, "email");
  if (!email || !EMAIL.test(email)) throw bad("Invalid Email Address Passed", "invalid_email");
  const amount = amountOf(body.amount);
  if (amount === null) throw bad("Invalid Amount Sent", "invalid_amount");
  const currency = (str(body, "currency") ?? "GHS").toUpperCase();
  if (currency !== "GHS") throw bad("Currency not supported by merchant", "unsupported_currency");
  const reference = str(body, "reference") ?? newReference();
  if (!REFERENCE.test(reference))
    throw bad("Invalid reference: only -, ., = and alphanumeric characters allowed", "invalid_reference");
  let metadata: unknown = body.metadata;
  if (typeof metadata === "string") {
    try {
      metadata = JSON.parse(metadata);
    } catch {
      throw bad("Invalid metadata: must be an object or a JSON string", "invalid_metadata");
    }
  }
  return { email, amount, currency, reference, metadata };
}

export function checkoutUrl(accessCode: string): string {
  return `${serverEnv().APP_URL.replace(/\/$/, "")}/dev/paystack/checkout/${accessCode}`;
}

export async function initialize({ tx, integration, body }: TCtx) {
  const basics = readPaymentBasics(body);
  const callback = str(body, "callback_url") ?? null;
  if (callback !== null && !/^https?:\/\/[^\s]+$/.test(callback))
    throw bad("Invalid callback_url", "invalid_callback_url");
  let channels = SUPPORTED_CHANNELS;
  if (body.channels !== undefined) {
    if (!Array.isArray(body.channels) || !body.channels.every((c) => typeof c === "string" && KNOWN_CHANNELS.has(c))) {
      throw bad("Invalid channels", "invalid_channels");
    }
    channels = SUPPORTED_CHANNELS.filter((c) => (body.channels as string[]).includes(c));
    if (channels.length === 0)
      throw bad("None of the requested channels is available for GHS on this integration", "invalid_channels");
  }
  const row = await insertTransaction(tx.sql, integration, {
    ...basics,
    callbackUrl: callback,
    channels,
    source: "initialize",
  });
  if (!row) throw bad("Duplicate Transaction Reference", "duplicate_reference");
  return ok("Authorization URL created", {
    authorization_url: checkoutUrl(row.access_code),
    access_code: row.access_code,
    reference: row.reference,
  });
}

export async function verify({ tx, integration, params }: TCtx) {
  const row = await getTxn(tx.sql, { reference: params[0]!, integrationId: integration.id });
  if (!row) throw notFound("Transaction reference not found", "transaction_not_found");
  return ok("Verification successful", transactionJson(row));
}

export async function fetchOne({ tx, integration, params }: TCtx) {
  const id = params[0]!;
  const row = /^\d{1,15}$/.test(id) ? await getTxn(tx.sql, { id: Number(id) }) : null;
  if (!row || row.integration_id !== integration.id) throw notFound("Transaction not found", "transaction_not_found");
  return ok("Transaction retrieved", transactionJson(row));
}

const STATUS_FILTER: Record<string, string> = {
  success: "success",
  failed: "failed",
  abandoned: "abandoned",
  reversed: "reversed",
  ongoing: "send_otp",
  pending: "pay_offline",
};

function filters({ integration, query }: TCtx): [string, unknown[]] {
  const where = ["t.integration_id = $1"];
  const params: unknown[] = [integration.id];
  const add = (cond: string, v: unknown) => {
    params.push(v);
    where.push(cond.replace("?", `$${params.length}`));
  };
  const status = query.get("status");
  if (status) {
    if (!STATUS_FILTER[status]) throw bad("Invalid status filter", "invalid_status");
    add("t.status = ?", STATUS_FILTER[status]);
  }
  const from = dateParam(query, "from");
  const to = dateParam(query, "to");
  if (from) add("t.created_at >= ?", from);
  if (to) add("t.created_at <= ?", to);
  const amount = query.get("amount");
  if (amount) add("t.amount = ?", amountOf(amount) ?? -1);
  const customer = query.get("customer");
  if (customer) add("t.customer_id = ?", /^\d+$/.test(customer) ? Number(customer) : -1);
  return [where.join(" AND "), params];
}

export async function list(ctx: TCtx) {
  const [where, params] = filters(ctx);
  const page = pageOf(ctx.query);
  const count = await ctx.tx.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.txn t WHERE ${where}`,
    params,
  );
  const rows = await ctx.tx.sql.query<TTxnRow>(
    `${TXN_SELECT} WHERE ${where} ORDER BY t.created_at DESC, t.id DESC LIMIT ${page.perPage} OFFSET ${page.offset}`,
    params,
  );
  return ok(
    "Transactions retrieved",
    rows.rows.map((r) => transactionJson(r)),
    pageMeta(count.rows[0]!.n, page),
  );
}

export async function totals(ctx: TCtx) {
  const [where, params] = filters(ctx);
  const t = await ctx.tx.sql.query<{ n: number; customers: number; volume: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT t.customer_id)::int AS customers, COALESCE(sum(t.amount), 0)::bigint AS volume
     FROM ${SCHEMA}.txn t WHERE ${where} AND t.status IN ('success', 'reversed')`,
    params,
  );
  const p = await ctx.tx.sql.query<{ pending: number }>(
    `SELECT COALESCE(sum(amount), 0)::bigint AS pending FROM ${SCHEMA}.transfer WHERE integration_id = $1 AND status = 'pending'`,
    [ctx.integration.id],
  );
  const { n, customers, volume } = t.rows[0]!;
  const pending = p.rows[0]!.pending;
  return ok("Transaction totals", {
    total_transactions: n,
    unique_customers: customers,
    total_volume: volume,
    total_volume_by_currency: [{ currency: "GHS", amount: volume }],
    pending_transfers: pending,
    pending_transfers_by_currency: [{ currency: "GHS", amount: pending }],
  });
}
