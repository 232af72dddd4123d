import "server-only";
import { TZDate } from "@date-fns/tz";
import { type Db, prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { emailSender, type IEmailSender } from "@/lib/integrations/postmark/email";
import { type ISmsSender, smsSender } from "@/lib/integrations/twilio/sms";
import { APP_TIME_ZONE } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { renderNotification } from "./templates";

// The outbox sender. Exactly-once design (claim → send → mark):
//  1. claim: one UPDATE … FROM (SELECT … FOR UPDATE SKIP LOCKED) takes due QUEUED SMS/EMAIL
//     rows, pushes nextAttemptAt a lease into the future and sets providerMessageId to the
//     marker `pending:<id>` ("a send may be in flight"). Two workers never claim one row.
//  2. send through the provider.
//  3. mark: SENT + the real message id, or back to QUEUED (transient, backoff) / FAILED.
// A worker dying between 1 and 3 leaves the marker; when the lease runs out the next claim
// sees it and first asks the provider whether the message was accepted (Postmark: search by
// the notificationId metadata; Twilio: the recipient's recent messages with the same body),
// marking it SENT instead of sending again.

export const MAX_ATTEMPTS = 5;
const LEASE_MS = 5 * 60_000;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;
const PENDING = "pending:";

type TClaimed = {
  id: string;
  userId: string | null;
  channel: "SMS" | "EMAIL";
  topic: string;
  templateKey: string;
  recipient: string;
  data: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
  /** providerMessageId before this claim: `pending:…` means an earlier send may have gone out. */
  prev: string | null;
};

export type TSenders = { sms: ISmsSender; email: IEmailSender };

/** Exponential backoff with jitter (half fixed, half random) after `attempts` failed tries. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

/** Delivery-day and sign-in messages go out at any hour; other SMS wait out 21:00–07:00 Accra. */
export function isQuietHoursExempt(templateKey: string): boolean {
  return templateKey.startsWith("delivery.") || templateKey.startsWith("auth.");
}

/** null outside quiet hours, else the next 07:00 in Africa/Accra. */
export function quietHoursEnd(now: Date): Date | null {
  const local = new TZDate(now.getTime(), APP_TIME_ZONE);
  const h = local.getHours();
  if (h >= 7 && h < 21) return null;
  const end = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 7, 0, 0, APP_TIME_ZONE);
  if (h >= 21) end.setDate(end.getDate() + 1);
  return new Date(end.getTime());
}

/** `onlyIds` narrows the claim (tests share one database with other test files). */
export async function claimDueNotifications(
  limit: number,
  now: Date,
  db: Db = prisma,
  onlyIds?: readonly string[],
): Promise<TClaimed[]> {
  const scope = onlyIds ? Prisma.sql`AND "id" IN (${Prisma.join(onlyIds.length ? onlyIds : [""])})` : Prisma.empty;
  return db.$queryRaw<TClaimed[]>`
    UPDATE "Notification" n
       SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)},
           "attempts" = n."attempts" + 1,
           "providerMessageId" = ${PENDING} || n."id"
      FROM (SELECT "id", "providerMessageId" AS prev FROM "Notification"
             WHERE "status" = 'QUEUED' AND "channel" IN ('SMS', 'EMAIL') AND "nextAttemptAt" <= ${now} ${scope}
             ORDER BY "nextAttemptAt", "id" LIMIT ${limit}
             FOR UPDATE SKIP LOCKED) c
     WHERE n."id" = c."id"
    RETURNING n."id", n."userId", n."channel"::text AS "channel", n."topic"::text AS "topic", n."templateKey",
              n."recipient", n."data", n."attempts", n."createdAt", c.prev`;
}

type TOutcome =
  | { kind: "sent"; providerMessageId: string }
  | { kind: "retry"; reason: string }
  | { kind: "failed"; reason: string }
  | { kind: "postponed"; until: Date; reason: string };

async function finish(row: TClaimed, o: TOutcome, now: Date, db: Db): Promise<void> {
  const guard = { id: row.id, status: "QUEUED" as const, providerMessageId: PENDING + row.id };
  if (o.kind === "sent") {
    await db.notification.updateMany({
      where: guard,
      data: { status: "SENT", providerMessageId: o.providerMessageId, sentAt: now, lastError: null },
    });
  } else if (o.kind === "failed" || (o.kind === "retry" && row.attempts >= MAX_ATTEMPTS)) {
    const reason = o.kind === "retry" ? `Gave up after ${row.attempts} attempts: ${o.reason}` : o.reason;
    await db.notification.updateMany({
      where: guard,
      data: { status: "FAILED", providerMessageId: null, lastError: reason },
    });
  } else if (o.kind === "retry") {
    await db.notification.updateMany({
      where: guard,
      data: {
        providerMessageId: null,
        lastError: o.reason,
        nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)),
      },
    });
  } else {
    // Not an attempt: give the try back.
    await db.notification.updateMany({
      where: guard,
      data: { providerMessageId: null, lastError: o.reason, nextAttemptAt: o.until, attempts: { decrement: 1 } },
    });
  }
}

async function sendOne(row: TClaimed, senders: TSenders, now: Date, db: Db): Promise<TOutcome> {
  // Preferences at send time: the customer may have switched the channel off since it was queued.
  if (row.userId) {
    const pref = await db.notificationPreference.findUnique({
      where: { userId_topic_channel: { userId: row.userId, topic: row.topic as never, channel: row.channel } },
      select: { enabled: true },
    });
    if (pref && !pref.enabled)
      return { kind: "failed", reason: `Not sent: the recipient turned ${row.channel} off for ${row.topic}` };
  }
  if (row.channel === "SMS" && !isQuietHoursExempt(row.templateKey)) {
    const until = quietHoursEnd(now);
    if (until) return { kind: "postponed", until, reason: "Quiet hours (21:00–07:00 Accra): postponed to 07:00" };
  }
  const msg = await renderNotification(row.templateKey, row.data);
  const uncertain = row.prev === PENDING + row.id;
  if (row.channel === "SMS") {
    if (uncertain) {
      const sid = await senders.sms.findAccepted({ to: row.recipient, body: msg.sms, since: row.createdAt });
      if (sid) return { kind: "sent", providerMessageId: sid };
    }
    const r = await senders.sms.send({
      to: row.recipient,
      body: msg.sms,
      statusCallbackUrl: `${serverEnv().APP_URL}/api/webhooks/twilio?n=${encodeURIComponent(row.id)}`,
    });
    if (r.ok) return { kind: "sent", providerMessageId: r.providerMessageId };
    return r.permanent ? { kind: "failed", reason: r.reason } : { kind: "retry", reason: r.reason };
  }
  const metadata = { notificationId: row.id };
  if (uncertain) {
    const id = await senders.email.findAccepted({ to: row.recipient, metadata });
    if (id) return { kind: "sent", providerMessageId: id };
  }
  const r = await senders.email.send({
    to: row.recipient,
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    tag: row.templateKey,
    metadata,
  });
  if (r.ok) return { kind: "sent", providerMessageId: r.providerMessageId };
  return r.permanent ? { kind: "failed", reason: r.reason } : { kind: "retry", reason: r.reason };
}

export type TSendSummary = { claimed: number; sent: number; retried: number; failed: number; postponed: number };

/** Claims up to `limit` due rows and sends them; returns what happened. */
export async function sendDueNotifications(
  opts: { limit?: number; now?: Date; senders?: TSenders; onlyIds?: readonly string[] } = {},
  db: Db = prisma,
): Promise<TSendSummary> {
  const now = opts.now ?? new Date();
  const senders = opts.senders ?? { sms: smsSender(), email: emailSender() };
  const rows = await claimDueNotifications(opts.limit ?? 20, now, db, opts.onlyIds);
  const summary: TSendSummary = { claimed: rows.length, sent: 0, retried: 0, failed: 0, postponed: 0 };
  for (const row of rows) {
    let o: TOutcome;
    try {
      o = await sendOne(row, senders, now, db);
    } catch (e) {
      // A lookup or network failure we could not classify: try again later.
      o = { kind: "retry", reason: e instanceof Error ? e.message : String(e) };
    }
    await finish(row, o, now, db);
    if (o.kind === "sent") summary.sent++;
    else if (o.kind === "postponed") summary.postponed++;
    else if (o.kind === "failed" || row.attempts >= MAX_ATTEMPTS) summary.failed++;
    else summary.retried++;
  }
  return summary;
}
