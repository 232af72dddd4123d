import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { prisma, type Db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { cleanJson, findUnstorableText } from "@/lib/http/text";
import { isValidPaystackSignature } from "@/lib/integrations/paystack/signature";
import { log } from "@/lib/jobs/log";
import { enqueue } from "@/lib/jobs/queue";

export const WEBHOOK_PROCESS_JOB = "webhooks.process";

export type TWebhookAck = { status: 200 | 400 | 401; body: { received: boolean; duplicate?: boolean; error?: string } };

/**
 * The acknowledgement path of POST /api/webhooks/paystack, kept short so Paystack gets its
 * 200 fast: (1) the signature of the RAW body is checked (constant time) before anything
 * is parsed — 401 otherwise, nothing stored; (2) the event is stored under a unique key
 * (provider + event + data.id/reference), and a replay answers 200 and changes nothing;
 * (3) processing is enqueued. No transaction on purpose (it would double the round trips of
 * the hot path): an event stored whose enqueue failed is still acknowledged — it is durable,
 * and the `webhooks.sweep` job processes events nobody picked up within a minute.
 */
export async function receivePaystackWebhook(
  input: { raw: string | Uint8Array; signature: string | null },
  db: Db = prisma,
): Promise<TWebhookAck> {
  if (!isValidPaystackSignature(input.raw, input.signature, serverEnv().paystackSecretKey)) {
    return { status: 401, body: { received: false, error: "invalid signature" } };
  }
  // Bytes that are not UTF-8 decode to U+FFFD (still parsed); the signature covered the bytes.
  const raw = typeof input.raw === "string" ? input.raw : new TextDecoder().decode(input.raw);
  let payload: { event?: unknown; data?: unknown };
  try {
    payload = JSON.parse(raw) as typeof payload;
  } catch {
    return { status: 400, body: { received: false, error: "body is not JSON" } };
  }
  if (typeof payload?.event !== "string" || !payload.data || typeof payload.data !== "object") {
    return { status: 400, body: { received: false, error: "not a Paystack event" } };
  }
  // jsonb (and text) cannot hold U+0000 or an unpaired surrogate ("\u0000", "\ud800" escapes),
  // yet Paystack signed them and would retry a 500 for 72 hours: such an event is stored with
  // those characters replaced by U+FFFD (never removed, so a reference cannot turn into another
  // one) and the exact body kept alongside in base64. The signature was checked on the raw bytes.
  let stored = raw;
  if (findUnstorableText(payload) || raw.includes("\uFFFD")) {
    payload = cleanJson(payload) as typeof payload;
    stored = JSON.stringify({ ...payload, rawBodyBase64: Buffer.from(input.raw).toString("base64") });
  }
  const eventType = payload.event as string;
  const eventKey = `${eventType}:${webhookSubjectId(payload.data as Record<string, unknown>, raw)}`;

  // INSERT … ON CONFLICT DO NOTHING: a replay (or a concurrent duplicate) inserts nothing.
  // Raw SQL on this hot path: one statement, and the raw body is stored as received.
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "WebhookEvent" ("id", "provider", "eventKey", "eventType", "payload", "status", "attempts", "receivedAt")
    VALUES (${randomUUID()}, 'paystack', ${eventKey}, ${eventType}, ${stored}::jsonb, 'RECEIVED', 0, now())
    ON CONFLICT ("provider", "eventKey") DO NOTHING
    RETURNING "id"`;
  const inserted = rows[0];
  if (!inserted) return { status: 200, body: { received: true, duplicate: true } };
  try {
    await enqueue(
      WEBHOOK_PROCESS_JOB,
      { webhookEventId: inserted.id },
      { retryLimit: 5, retryDelay: 15, retryBackoff: true },
    );
  } catch (e) {
    log.error("webhook stored but not enqueued (the sweep will process it)", { error: e, webhookEventId: inserted.id });
  }
  return { status: 200, body: { received: true } };
}

/** What the event is about: Paystack's id of the transaction/refund/transfer, else its reference, else the body's hash. */
function webhookSubjectId(data: Record<string, unknown>, raw: string): string {
  for (const k of ["id", "reference", "transfer_code", "refund_reference"]) {
    const v = data[k];
    if (typeof v === "string" || typeof v === "number") return String(v);
  }
  return `sha256-${createHash("sha256").update(raw).digest("hex")}`;
}
