import "server-only";
import { SCHEMA, type TSql } from "./db";
import { newAccessCode, newCustomerCode } from "./ids";
import type { TIntegration } from "./integrations";
import { TXN_SELECT, type THistoryItem, type TTxnRow } from "./serialize";

// Reads and writes of emulator transactions. Writers lock the row (FOR UPDATE) so the hosted
// page, the phone panel, the API and the clock never race on one transaction.

export async function upsertCustomer(sql: TSql, integrationId: number, email: string): Promise<number> {
  // Select before insert: an upsert would lock the customer row until COMMIT and serialize
  // concurrent payments of one customer.
  const select = `SELECT id FROM ${SCHEMA}.customer WHERE integration_id = $1 AND email = $2`;
  const params = [integrationId, email.toLowerCase()];
  const found = await sql.query<{ id: number }>(select, params);
  if (found.rows[0]) return found.rows[0].id;
  await sql.query(
    `INSERT INTO ${SCHEMA}.customer (integration_id, email, customer_code) VALUES ($1, $2, $3) ON CONFLICT (integration_id, email) DO NOTHING`,
    [...params, newCustomerCode()],
  );
  return (await sql.query<{ id: number }>(select, params)).rows[0]!.id;
}

export type TNewTxn = {
  reference: string;
  amount: number;
  currency: string;
  email: string;
  callbackUrl: string | null;
  channels: string[];
  metadata: unknown;
  source: "initialize" | "charge";
};

/** Inserts an "abandoned" transaction; null when the reference is taken on this integration. */
export async function insertTransaction(sql: TSql, integration: TIntegration, t: TNewTxn): Promise<TTxnRow | null> {
  const customerId = await upsertCustomer(sql, integration.id, t.email);
  const r = await sql.query<{ id: number }>(
    `INSERT INTO ${SCHEMA}.txn (integration_id, reference, access_code, customer_id, amount, currency, status, callback_url, channels, metadata, source)
     VALUES ($1, $2, $3, $4, $5, $6, 'abandoned', $7, $8, $9, $10)
     ON CONFLICT (integration_id, reference) DO NOTHING RETURNING id`,
    [
      integration.id,
      t.reference,
      newAccessCode(),
      customerId,
      t.amount,
      t.currency,
      t.callbackUrl,
      JSON.stringify(t.channels),
      t.metadata === undefined ? null : JSON.stringify(t.metadata),
      t.source,
    ],
  );
  const id = r.rows[0]?.id;
  return id === undefined ? null : getTxn(sql, { id });
}

type TWhere = { id: number } | { reference: string; integrationId: number } | { accessCode: string };

function whereOf(w: TWhere): [string, unknown[]] {
  if ("id" in w) return ["t.id = $1", [w.id]];
  if ("accessCode" in w) return ["t.access_code = $1", [w.accessCode]];
  return ["t.reference = $1 AND t.integration_id = $2", [w.reference, w.integrationId]];
}

export async function getTxn(sql: TSql, w: TWhere, opts: { lock?: boolean } = {}): Promise<TTxnRow | null> {
  const [cond, params] = whereOf(w);
  const r = await sql.query<TTxnRow>(`${TXN_SELECT} WHERE ${cond}${opts.lock ? " FOR UPDATE OF t" : ""}`, params);
  return r.rows[0] ?? null;
}

/** The reference is a number: Paystack also finds transactions by id in some endpoints. */
export async function getTxnByIdOrReference(
  sql: TSql,
  integrationId: number,
  idOrRef: string,
  opts: { lock?: boolean } = {},
): Promise<TTxnRow | null> {
  const byRef = await getTxn(sql, { reference: idOrRef, integrationId }, opts);
  if (byRef || !/^\d{1,15}$/.test(idOrRef)) return byRef;
  const byId = await getTxn(sql, { id: Number(idOrRef) }, opts);
  return byId && byId.integration_id === integrationId ? byId : null;
}

/** The columns a payment flow may change (the rest are fixed at initialisation). */
type TPatch = Partial<
  Pick<
    TTxnRow,
    | "status"
    | "channel"
    | "gateway_response"
    | "display_text"
    | "fees"
    | "auth"
    | "momo_provider"
    | "momo_phone"
    | "otp"
    | "otp_attempts"
    | "prompt_on_phone"
    | "prompt_expires_at"
    | "attempts"
    | "amount_refunded"
    | "paid_at"
  >
>;

const JSON_COLUMNS = new Set(["auth"]);

/** Applies a patch (column names are fixed by TPatch) and appends history; returns the new row. */
export async function updateTxn(
  sql: TSql,
  id: number,
  patch: TPatch,
  history: Omit<THistoryItem, "at">[] = [],
): Promise<TTxnRow> {
  const keys = Object.keys(patch) as (keyof TPatch)[];
  const params: unknown[] = [id, JSON.stringify(history.map((h) => ({ ...h, at: Date.now() })))];
  const sets = keys.map((k) => {
    const v = patch[k];
    params.push(JSON_COLUMNS.has(k) && v !== null ? JSON.stringify(v) : v);
    return `${k} = $${params.length}`;
  });
  await sql.query(
    `UPDATE ${SCHEMA}.txn SET ${[...sets, "history = history || $2::jsonb", "updated_at = now()"].join(", ")} WHERE id = $1`,
    params,
  );
  return (await getTxn(sql, { id }))!;
}

export async function integrationById(sql: TSql, id: number): Promise<TIntegration> {
  const r = await sql.query<TIntegration>(
    `SELECT id, secret_key, business_name, webhook_url, top_ups FROM ${SCHEMA}.integration WHERE id = $1`,
    [id],
  );
  return r.rows[0]!;
}
