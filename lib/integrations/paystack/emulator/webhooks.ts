import "server-only";
import { PAYSTACK_SIGNATURE_HEADER, signPaystackBody } from "../signature";
import { emulatorQuery, SCHEMA, type TTx } from "./db";
import { webhookUrlOf, type TIntegration } from "./integrations";
import { TIMING, webhookRetryDelay } from "./rules";

// Webhooks leave through an outbox table: the event row is written in the same transaction
// as the state change, then delivered right after COMMIT and retried with backoff (by
// deliverPendingEmulatorWebhooks, which the worker and the web server's ticker call) until
// the receiver answers 200 or 72 hours have passed — Paystack's contract.

export type TWebhookRow = {
  id: number;
  integration_id: number;
  event: string;
  subject: string;
  body: string;
  signature: string;
  url: string;
  attempts: number;
  next_attempt_at: Date;
  delivered_at: Date | null;
  gave_up_at: Date | null;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
};

const LEASE = "interval '30 seconds'";

/** Writes the event (signed with the integration's secret key) and delivers it after COMMIT. */
export async function enqueueWebhook(
  tx: TTx,
  integration: TIntegration,
  event: string,
  subject: string,
  data: unknown,
): Promise<void> {
  const body = JSON.stringify({ event, data });
  const r = await tx.sql.query<{ id: number }>(
    `INSERT INTO ${SCHEMA}.webhook (integration_id, event, subject, body, signature, url) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [integration.id, event, subject, body, signPaystackBody(body, integration.secret_key), webhookUrlOf(integration)],
  );
  const id = r.rows[0]!.id;
  // Paystack notifies asynchronously: the API answer never waits for the merchant's server.
  tx.afterCommit(() => {
    const timer = setTimeout(
      () => void deliverWebhookNow(id).catch((e) => console.error("[paystack-emulator] webhook", e)),
      0,
    );
    timer.unref?.();
  });
}

async function attempt(row: TWebhookRow): Promise<boolean> {
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(row.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [PAYSTACK_SIGNATURE_HEADER]: row.signature,
        "user-agent": "Paystack-Emulator/1.0",
      },
      body: row.body,
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(10_000),
    });
    status = res.status;
    await res.text().catch(() => "");
    if (status !== 200) error = `HTTP ${status}`;
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const delivered = status === 200;
  const attempts = row.attempts + 1;
  const retryAt = new Date(Date.now() + webhookRetryDelay(attempts));
  const giveUp = !delivered && retryAt.getTime() - row.created_at.getTime() > TIMING.webhookGiveUpAfter;
  await emulatorQuery(
    `UPDATE ${SCHEMA}.webhook SET attempts = $2, last_status = $3, last_error = $4, locked_until = NULL,
       delivered_at = CASE WHEN $5 THEN now() END, next_attempt_at = $6, gave_up_at = CASE WHEN $7 THEN now() END
     WHERE id = $1`,
    [row.id, attempts, status, error, delivered, retryAt, giveUp],
  );
  return delivered;
}

/** Delivers one event now unless it is delivered, given up or being delivered elsewhere. */
async function deliverWebhookNow(id: number): Promise<boolean> {
  const rows = await emulatorQuery<TWebhookRow>(
    `UPDATE ${SCHEMA}.webhook SET locked_until = now() + ${LEASE}
     WHERE id = $1 AND delivered_at IS NULL AND gave_up_at IS NULL AND (locked_until IS NULL OR locked_until < now())
     RETURNING *`,
    [id],
  );
  return rows[0] ? attempt(rows[0]) : false;
}

/**
 * Delivers every due webhook (next attempt ≤ now). Safe to run from several processes at once
 * (rows are leased). `now` lets tests jump past the backoff; `secretKey` limits the run to
 * one integration.
 */
export async function deliverPendingEmulatorWebhooks(
  opts: { now?: Date; secretKey?: string; limit?: number } = {},
): Promise<{ attempted: number; delivered: number }> {
  const rows = await emulatorQuery<TWebhookRow>(
    `UPDATE ${SCHEMA}.webhook SET locked_until = now() + ${LEASE}
     WHERE id IN (
       SELECT w.id FROM ${SCHEMA}.webhook w JOIN ${SCHEMA}.integration i ON i.id = w.integration_id
       WHERE w.delivered_at IS NULL AND w.gave_up_at IS NULL AND w.next_attempt_at <= $1
         AND (w.locked_until IS NULL OR w.locked_until < now()) AND ($2::text IS NULL OR i.secret_key = $2)
       ORDER BY w.id LIMIT $3 FOR UPDATE OF w SKIP LOCKED)
     RETURNING *`,
    [opts.now ?? new Date(), opts.secretKey ?? null, opts.limit ?? 50],
  );
  let delivered = 0;
  for (let i = 0; i < rows.length; i += 8) {
    const results = await Promise.all(rows.slice(i, i + 8).map(attempt));
    delivered += results.filter(Boolean).length;
  }
  return { attempted: rows.length, delivered };
}

/** The outbox rows about one reference (transaction, refund's transaction, or transfer). */
export async function listEmulatorWebhooks(opts: { subject?: string; limit?: number } = {}): Promise<TWebhookRow[]> {
  return emulatorQuery<TWebhookRow>(
    `SELECT * FROM ${SCHEMA}.webhook WHERE ($1::text IS NULL OR subject = $1) ORDER BY id DESC LIMIT $2`,
    [opts.subject ?? null, opts.limit ?? 50],
  );
}
