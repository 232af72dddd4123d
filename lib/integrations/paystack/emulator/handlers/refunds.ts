import "server-only";
import { SCHEMA } from "../db";
import { amountOf, bad, dateParam, notFound, ok, pageMeta, pageOf, str } from "../http";
import { refundEventJson, refundJson, type TRefundRow } from "../serialize-payouts";
import { getTxn, getTxnByIdOrReference, updateTxn } from "../txn-store";
import { enqueueWebhook } from "../webhooks";
import type { TCtx } from "./context";

// /refund: full or partial refunds (several partials up to the amount paid). A refund starts
// "pending" and the clock moves it to "processing", then "processed" (or "failed").

export async function createRefund({ tx, integration, body }: TCtx) {
  const ref = str(body, "transaction");
  if (!ref) throw bad("Transaction reference or id is required", "missing_params");
  const t = await getTxnByIdOrReference(tx.sql, integration.id, ref, { lock: true });
  if (!t) throw notFound("Transaction not found", "transaction_not_found");
  const remaining = t.amount - t.amount_refunded;
  if (t.status === "reversed" || (t.status === "success" && remaining <= 0)) {
    throw bad("Transaction has been fully reversed", "transaction_reversed");
  }
  if (t.status !== "success")
    throw bad("Cannot refund a transaction that was not successful", "transaction_not_successful");
  let amount = remaining;
  if (body.amount !== undefined && body.amount !== null) {
    const a = amountOf(body.amount);
    if (a === null) throw bad("Invalid Amount Sent", "invalid_amount");
    if (a > t.amount) throw bad("Refund amount cannot be greater than transaction amount", "invalid_amount");
    if (a > remaining)
      throw bad(
        `Refund amount cannot be greater than the unrefunded amount of the transaction (${remaining})`,
        "invalid_amount",
      );
    amount = a;
  }
  const currency = (str(body, "currency") ?? t.currency).toUpperCase();
  if (currency !== t.currency) throw bad("Currency does not match the transaction currency", "invalid_currency");
  const r = await tx.sql.query<TRefundRow>(
    `INSERT INTO ${SCHEMA}.refund (integration_id, txn_id, amount, currency, status, customer_note, merchant_note)
     VALUES ($1, $2, $3, $4, 'pending', $5, $6) RETURNING *`,
    [integration.id, t.id, amount, currency, str(body, "customer_note") ?? null, str(body, "merchant_note") ?? null],
  );
  const refund = r.rows[0]!;
  const updated = await updateTxn(tx.sql, t.id, { amount_refunded: t.amount_refunded + amount }, [
    { type: "action", message: `Refund of ${amount} requested` },
  ]);
  await enqueueWebhook(tx, integration, "refund.pending", t.reference, refundEventJson(refund, updated));
  return ok("Refund has been queued for processing", refundJson(refund, updated, { embedTransaction: true }));
}

export async function fetchRefund({ tx, integration, params }: TCtx) {
  const id = params[0]!;
  const r = /^\d{1,15}$/.test(id)
    ? await tx.sql.query<TRefundRow>(`SELECT * FROM ${SCHEMA}.refund WHERE id = $1 AND integration_id = $2`, [
        Number(id),
        integration.id,
      ])
    : null;
  const refund = r?.rows[0];
  if (!refund) throw notFound("Refund not found", "refund_not_found");
  const t = (await getTxn(tx.sql, { id: refund.txn_id }))!;
  return ok("Refund retrieved", refundJson(refund, t));
}

export async function listRefunds({ tx, integration, query }: TCtx) {
  const where = ["r.integration_id = $1"];
  const params: unknown[] = [integration.id];
  const transaction = query.get("transaction") ?? query.get("reference");
  if (transaction) {
    const t = await getTxnByIdOrReference(tx.sql, integration.id, transaction);
    params.push(t?.id ?? -1);
    where.push(`r.txn_id = $${params.length}`);
  }
  const from = dateParam(query, "from");
  const to = dateParam(query, "to");
  if (from) where.push(`r.created_at >= $${params.push(from)}`);
  if (to) where.push(`r.created_at <= $${params.push(to)}`);
  const page = pageOf(query);
  const count = await tx.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.refund r WHERE ${where.join(" AND ")}`,
    params,
  );
  const rows = await tx.sql.query<TRefundRow>(
    `SELECT r.* FROM ${SCHEMA}.refund r WHERE ${where.join(" AND ")} ORDER BY r.created_at DESC, r.id DESC LIMIT ${page.perPage} OFFSET ${page.offset}`,
    params,
  );
  const data = [];
  for (const refund of rows.rows) data.push(refundJson(refund, (await getTxn(tx.sql, { id: refund.txn_id }))!));
  return ok("Refunds retrieved", data, pageMeta(count.rows[0]!.n, page));
}
