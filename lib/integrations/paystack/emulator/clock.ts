import "server-only";
import { markFailed } from "./charge-flow";
import { emulatorTx, SCHEMA, type TTx } from "./db";
import { randomCode } from "./ids";
import { integrationById, getTxn, updateTxn } from "./txn-store";
import { accountFate, TIMING } from "./rules";
import {
  refundEventJson,
  transferJson,
  type TRecipientRow,
  type TRefundRow,
  type TTransferRow,
} from "./serialize-payouts";
import { enqueueWebhook } from "./webhooks";

// Time-driven outcomes: unanswered Mobile Money prompts time out, refunds are processed,
// transfers settle and paid transactions are settled. Called by the web server's ticker and
// the worker; tests pass `now` to jump ahead and `secretKey` to touch only their integration.
// Each row moves in its own short transaction with SKIP LOCKED, so concurrent clocks never
// emit an event twice.

type TOpts = { now?: Date; secretKey?: string };
const BATCH = 50;

/** Ids of rows due under `cond` ($1 = now, $2 = secret key or null), oldest first. */
async function due(tx: TTx, table: string, cond: string, opts: TOpts): Promise<number[]> {
  const r = await tx.sql.query<{ id: number }>(
    `SELECT x.id FROM ${SCHEMA}.${table} x JOIN ${SCHEMA}.integration i ON i.id = x.integration_id
     WHERE ${cond} AND ($2::text IS NULL OR i.secret_key = $2) ORDER BY x.id LIMIT ${BATCH} FOR UPDATE OF x SKIP LOCKED`,
    [opts.now ?? new Date(), opts.secretKey ?? null],
  );
  return r.rows.map((row) => row.id);
}

async function timeOutPrompts(opts: TOpts): Promise<number> {
  return emulatorTx(async (tx) => {
    const ids = await due(tx, "txn", "x.status IN ('send_otp', 'pay_offline') AND x.prompt_expires_at <= $1", opts);
    for (const id of ids) await markFailed(tx, (await getTxn(tx.sql, { id }))!, "Transaction timed out");
    return ids.length;
  });
}

async function advanceRefunds(opts: TOpts): Promise<number> {
  return emulatorTx(async (tx) => {
    const toProcessing = `x.status = 'pending' AND x.created_at <= $1::timestamptz - interval '${TIMING.refundPendingToProcessing} milliseconds'`;
    const toDone = `x.status = 'processing' AND x.processing_at <= $1::timestamptz - interval '${TIMING.refundProcessingToDone} milliseconds'`;
    const ids = await due(tx, "refund", `((${toProcessing}) OR (${toDone}))`, opts);
    for (const id of ids) {
      const r = (await tx.sql.query<TRefundRow>(`SELECT * FROM ${SCHEMA}.refund WHERE id = $1`, [id])).rows[0]!;
      const t = (await getTxn(tx.sql, { id: r.txn_id }, { lock: true }))!;
      let next: TRefundRow;
      if (r.status === "pending") {
        next = (
          await tx.sql.query<TRefundRow>(
            `UPDATE ${SCHEMA}.refund SET status = 'processing', updated_at = now(),
             processing_at = created_at + interval '${TIMING.refundPendingToProcessing} milliseconds' WHERE id = $1 RETURNING *`,
            [id],
          )
        ).rows[0]!;
      } else if (accountFate(t.momo_phone) === "fail") {
        next = (
          await tx.sql.query<TRefundRow>(
            `UPDATE ${SCHEMA}.refund SET status = 'failed', failure_reason = 'The customer''s wallet could not be credited', updated_at = now() WHERE id = $1 RETURNING *`,
            [id],
          )
        ).rows[0]!;
        await updateTxn(tx.sql, t.id, { amount_refunded: t.amount_refunded - r.amount }, [
          { type: "error", message: "Refund failed" },
        ]);
      } else {
        next = (
          await tx.sql.query<TRefundRow>(
            `UPDATE ${SCHEMA}.refund SET status = 'processed', refunded_at = now(), refund_reference = $2, updated_at = now() WHERE id = $1 RETURNING *`,
            [id, `RFD_${randomCode(12)}`],
          )
        ).rows[0]!;
        const processed = await tx.sql.query<{ total: number }>(
          `SELECT COALESCE(sum(amount), 0)::bigint AS total FROM ${SCHEMA}.refund WHERE txn_id = $1 AND status = 'processed'`,
          [t.id],
        );
        if (processed.rows[0]!.total >= t.amount)
          await updateTxn(tx.sql, t.id, { status: "reversed" }, [{ type: "close", message: "Fully refunded" }]);
      }
      await enqueueWebhook(
        tx,
        await integrationById(tx.sql, r.integration_id),
        `refund.${next.status}`,
        t.reference,
        refundEventJson(next, t),
      );
    }
    return ids.length;
  });
}

async function settleTransfers(opts: TOpts): Promise<number> {
  return emulatorTx(async (tx) => {
    const ids = await due(
      tx,
      "transfer",
      `x.status = 'pending' AND x.created_at <= $1::timestamptz - interval '${TIMING.transferSettles} milliseconds'`,
      opts,
    );
    for (const id of ids) {
      const t = (await tx.sql.query<TTransferRow>(`SELECT * FROM ${SCHEMA}.transfer WHERE id = $1`, [id])).rows[0]!;
      const recipient = (
        await tx.sql.query<TRecipientRow>(`SELECT * FROM ${SCHEMA}.recipient WHERE id = $1`, [t.recipient_id])
      ).rows[0]!;
      const fate = accountFate(recipient.account_number);
      const [status, reason] =
        fate === "fail"
          ? ["failed", "Account could not be credited"]
          : fate === "reverse"
            ? ["reversed", "Transfer reversed by the receiving institution"]
            : ["success", null];
      const next = (
        await tx.sql.query<TTransferRow>(
          `UPDATE ${SCHEMA}.transfer SET status = $2, failure_reason = $3, transferred_at = CASE WHEN $2 = 'success' THEN now() END, updated_at = now()
         WHERE id = $1 RETURNING *`,
          [id, status, reason],
        )
      ).rows[0]!;
      const integration = await integrationById(tx.sql, t.integration_id);
      const data = {
        ...transferJson(next, recipient),
        integration: { id: integration.id, is_live: false, business_name: integration.business_name },
      };
      await enqueueWebhook(tx, integration, `transfer.${status}`, t.reference, data);
    }
    return ids.length;
  });
}

/** One settlement per integration for its successful payments older than the settlement delay. */
async function settlePayments(opts: TOpts): Promise<number> {
  return emulatorTx(async (tx) => {
    const ids = await due(
      tx,
      "txn",
      `x.status IN ('success', 'reversed') AND x.settlement_id IS NULL AND x.paid_at <= $1::timestamptz - interval '${TIMING.settlementDelay} milliseconds'`,
      opts,
    );
    if (ids.length === 0) return 0;
    const groups = await tx.sql.query<{ integration_id: number; ids: number[]; processed: number; fees: number }>(
      `SELECT integration_id, array_agg(id) AS ids, sum(amount)::bigint AS processed, sum(COALESCE(fees, 0))::bigint AS fees
       FROM ${SCHEMA}.txn WHERE id = ANY($1::bigint[]) GROUP BY integration_id`,
      [ids],
    );
    for (const g of groups.rows) {
      const s = await tx.sql.query<{ id: number }>(
        `INSERT INTO ${SCHEMA}.settlement (integration_id, total_amount, total_fees, total_processed, status, settlement_date)
         VALUES ($1, $2, $3, $4, 'success', now()) RETURNING id`,
        [g.integration_id, g.processed - g.fees, g.fees, g.processed],
      );
      await tx.sql.query(`UPDATE ${SCHEMA}.txn SET settlement_id = $1 WHERE id = ANY($2::bigint[])`, [
        s.rows[0]!.id,
        g.ids.map(Number),
      ]);
    }
    return groups.rows.length;
  });
}

/** Moves every time-driven outcome that is due at `now`. */
export async function advanceEmulatorClock(opts: TOpts = {}) {
  return {
    timedOut: await timeOutPrompts(opts),
    // twice: a refund overdue for both steps goes pending → processing → processed in one tick
    refunds: (await advanceRefunds(opts)) + (await advanceRefunds(opts)),
    transfers: await settleTransfers(opts),
    settlements: await settlePayments(opts),
  };
}
