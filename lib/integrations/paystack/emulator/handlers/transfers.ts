import "server-only";
import { balanceOf } from "../balance";
import { findBank } from "../banks";
import { SCHEMA, type TSql } from "../db";
import { amountOf, bad, dateParam, notFound, ok, pageMeta, pageOf, str } from "../http";
import { newRecipientCode, newTransferCode, randomCode } from "../ids";
import { normalizeGhanaPhone } from "../rules";
import { recipientJson, transferJson, type TRecipientRow, type TTransferRow } from "../serialize-payouts";
import type { TCtx } from "./context";

// /transferrecipient and /transfer: payouts from the integration's balance. A transfer starts
// "pending" (OTP disabled) and the clock settles it: success, failed or reversed.

export async function createRecipient({ tx, integration, body }: TCtx) {
  const type = str(body, "type");
  if (type !== "mobile_money" && type !== "ghipss")
    throw bad("Invalid recipient type. Use mobile_money or ghipss for GHS", "invalid_type");
  const name = str(body, "name");
  if (!name) throw bad("Name is required", "missing_params");
  const bank = findBank(type, str(body, "bank_code") ?? "");
  if (!bank) throw bad("Invalid bank code", "invalid_bank_code");
  const rawAccount = str(body, "account_number") ?? "";
  const account =
    type === "mobile_money" ? normalizeGhanaPhone(rawAccount) : /^\d{6,20}$/.test(rawAccount) ? rawAccount : null;
  if (!account) throw bad("Invalid account number", "invalid_account_number");
  const currency = (str(body, "currency") ?? "GHS").toUpperCase();
  if (currency !== "GHS") throw bad("Currency not supported by merchant", "unsupported_currency");
  // A duplicate account gives back the existing recipient, as Paystack does.
  await tx.sql.query(
    `INSERT INTO ${SCHEMA}.recipient (integration_id, recipient_code, type, name, account_number, bank_code, bank_name, currency, description, email, metadata)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (integration_id, type, account_number, bank_code) DO NOTHING`,
    [
      integration.id,
      newRecipientCode(),
      type,
      name,
      account,
      bank.code,
      bank.name,
      currency,
      str(body, "description") ?? null,
      str(body, "email") ?? null,
      body.metadata && typeof body.metadata === "object" ? JSON.stringify(body.metadata) : null,
    ],
  );
  const r = await tx.sql.query<TRecipientRow>(
    `SELECT * FROM ${SCHEMA}.recipient WHERE integration_id = $1 AND type = $2 AND account_number = $3 AND bank_code = $4`,
    [integration.id, type, account, bank.code],
  );
  return ok("Transfer recipient created successfully", recipientJson(r.rows[0]!));
}

async function recipientBy(sql: TSql, integrationId: number, idOrCode: string): Promise<TRecipientRow | undefined> {
  const r = await sql.query<TRecipientRow>(
    `SELECT * FROM ${SCHEMA}.recipient WHERE integration_id = $1 AND (recipient_code = $2 OR id::text = $2)`,
    [integrationId, idOrCode],
  );
  return r.rows[0];
}

export async function fetchRecipient({ tx, integration, params }: TCtx) {
  const r = await recipientBy(tx.sql, integration.id, params[0]!);
  if (!r) throw notFound("Recipient not found", "recipient_not_found");
  return ok("Recipient retrieved", recipientJson(r));
}

export async function listRecipients({ tx, integration, query }: TCtx) {
  const page = pageOf(query);
  const count = await tx.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.recipient WHERE integration_id = $1`,
    [integration.id],
  );
  const rows = await tx.sql.query<TRecipientRow>(
    `SELECT * FROM ${SCHEMA}.recipient WHERE integration_id = $1 ORDER BY id DESC LIMIT ${page.perPage} OFFSET ${page.offset}`,
    [integration.id],
  );
  return ok("Recipients retrieved", rows.rows.map(recipientJson), pageMeta(count.rows[0]!.n, page));
}

const TRANSFER_REFERENCE = /^[a-z0-9_-]{1,100}$/;

export async function createTransfer({ tx, integration, body }: TCtx) {
  if (str(body, "source") !== "balance")
    throw bad("Invalid transfer source. Only balance is supported", "invalid_source");
  const amount = amountOf(body.amount);
  if (amount === null) throw bad("Invalid Amount Sent", "invalid_amount");
  const currency = (str(body, "currency") ?? "GHS").toUpperCase();
  if (currency !== "GHS") throw bad("Currency not supported by merchant", "unsupported_currency");
  const recipient = await recipientBy(tx.sql, integration.id, str(body, "recipient") ?? "");
  if (!recipient) throw bad("Recipient specified is invalid", "invalid_recipient");
  const reference = str(body, "reference") ?? randomCode(20);
  if (!TRANSFER_REFERENCE.test(reference)) {
    throw bad("Invalid transfer reference: only lowercase letters, digits, - and _ are allowed", "invalid_reference");
  }
  // The integration row lock serializes balance checks: two transfers cannot overdraw it.
  await tx.sql.query(`SELECT id FROM ${SCHEMA}.integration WHERE id = $1 FOR UPDATE`, [integration.id]);
  const existing = await tx.sql.query<TTransferRow>(
    `SELECT * FROM ${SCHEMA}.transfer WHERE integration_id = $1 AND reference = $2`,
    [integration.id, reference],
  );
  const prior = existing.rows[0];
  if (prior) {
    // The same request again (a retry) is answered with the transfer it already created.
    if (prior.amount === amount && prior.recipient_id === recipient.id)
      return ok("Transfer has been queued", transferJson(prior, recipient.id));
    throw bad("Duplicate Transfer Reference", "duplicate_reference");
  }
  if (amount > (await balanceOf(tx.sql, integration.id)))
    throw bad("Your balance is not enough to fulfil this request", "insufficient_balance");
  const r = await tx.sql.query<TTransferRow>(
    `INSERT INTO ${SCHEMA}.transfer (integration_id, transfer_code, reference, amount, currency, recipient_id, reason, source, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'balance', 'pending') RETURNING *`,
    [integration.id, newTransferCode(), reference, amount, currency, recipient.id, str(body, "reason") ?? null],
  );
  return ok("Transfer has been queued", transferJson(r.rows[0]!, recipient.id));
}

async function transferWithRecipient(sql: TSql, where: string, params: unknown[]) {
  const t = (await sql.query<TTransferRow>(`SELECT * FROM ${SCHEMA}.transfer WHERE ${where}`, params)).rows[0];
  if (!t) throw notFound("Transfer not found", "transfer_not_found");
  const r = (await sql.query<TRecipientRow>(`SELECT * FROM ${SCHEMA}.recipient WHERE id = $1`, [t.recipient_id]))
    .rows[0]!;
  return transferJson(t, r);
}

export async function verifyTransfer({ tx, integration, params }: TCtx) {
  return ok(
    "Transfer retrieved",
    await transferWithRecipient(tx.sql, "integration_id = $1 AND reference = $2", [integration.id, params[0]]),
  );
}

export async function fetchTransfer({ tx, integration, params }: TCtx) {
  return ok(
    "Transfer retrieved",
    await transferWithRecipient(tx.sql, "integration_id = $1 AND (transfer_code = $2 OR id::text = $2)", [
      integration.id,
      params[0],
    ]),
  );
}

export async function listTransfers({ tx, integration, query }: TCtx) {
  const where = ["t.integration_id = $1"];
  const params: unknown[] = [integration.id];
  const status = query.get("status");
  if (status) where.push(`t.status = $${params.push(status)}`);
  const from = dateParam(query, "from");
  const to = dateParam(query, "to");
  if (from) where.push(`t.created_at >= $${params.push(from)}`);
  if (to) where.push(`t.created_at <= $${params.push(to)}`);
  const page = pageOf(query);
  const w = where.join(" AND ");
  const count = await tx.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.transfer t WHERE ${w}`,
    params,
  );
  const rows = await tx.sql.query<TTransferRow & { r: TRecipientRow }>(
    `SELECT t.*, to_jsonb(r) AS r FROM ${SCHEMA}.transfer t JOIN ${SCHEMA}.recipient r ON r.id = t.recipient_id
     WHERE ${w} ORDER BY t.created_at DESC, t.id DESC LIMIT ${page.perPage} OFFSET ${page.offset}`,
    params,
  );
  const data = rows.rows.map(({ r, ...t }) =>
    transferJson(t, { ...r, created_at: new Date(r.created_at), updated_at: new Date(r.updated_at) }),
  );
  return ok("Transfers retrieved", data, pageMeta(count.rows[0]!.n, page));
}
