import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { CALLBACK_DELAY_MS, countSegments, DELAYED_DELIVERY_MS, isE164, TWILIO_MAGIC } from "./rules";
import { type TTwilioCallbackRow, type TTwilioMessageRow, twilioSql } from "./store";

// The Twilio Messages API (2010-04-01) as far as the app uses it: create, fetch and list
// messages, with Twilio's JSON shapes and error codes, and StatusCallback form posts signed
// with X-Twilio-Signature. `handleTwilioRequest(Request) → Response` answers a request for
// https://api.twilio.com/… (the SDK, through ./http-client.ts) or /api/dev/twilio/… (curl).

export const TWILIO_API_ORIGIN = "https://api.twilio.com";
const DOCS = "https://www.twilio.com/docs/errors/";

type TError = { status: number; code: number; message: string };

function errorResponse(e: TError): Response {
  return Response.json(
    { code: e.code, message: e.message, more_info: `${DOCS}${e.code}`, status: e.status },
    {
      status: e.status,
    },
  );
}

const rfc2822 = (d: Date | null) => (d ? d.toUTCString().replace("GMT", "+0000") : null);

function serialize(m: TTwilioMessageRow) {
  const uri = `/2010-04-01/Accounts/${m.account_sid}/Messages/${m.sid}.json`;
  return {
    account_sid: m.account_sid,
    api_version: "2010-04-01",
    body: m.body,
    date_created: rfc2822(m.date_created),
    date_sent: rfc2822(m.date_sent),
    date_updated: rfc2822(m.date_updated),
    direction: "outbound-api",
    error_code: m.error_code,
    error_message: m.error_message,
    from: m.from,
    messaging_service_sid: null,
    num_media: "0",
    num_segments: String(m.num_segments),
    price: null,
    price_unit: "USD",
    sid: m.sid,
    status: m.status,
    subresource_uris: { media: uri.replace(".json", "/Media.json") },
    to: m.to,
    uri,
  };
}

/** Twilio's request signature: base64 HMAC-SHA1 of the URL followed by each POST param (sorted) name+value. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, k) => acc + k + params[k], url);
  return createHmac("sha1", authToken).update(Buffer.from(data, "utf-8")).digest("base64");
}

function basicAuth(req: Request): { user: string; pass: string } | null {
  const h = req.headers.get("authorization");
  if (!h?.startsWith("Basic ")) return null;
  const [user, ...rest] = Buffer.from(h.slice(6), "base64").toString("utf8").split(":");
  return user ? { user, pass: rest.join(":") } : null;
}

const newSid = () => `SM${randomBytes(16).toString("hex")}`;

async function bumpAttempt(key: string): Promise<number> {
  const r = await twilioSql<{ count: number }>(
    `INSERT INTO $S.attempt (key, count) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET count = $S.attempt.count + 1 RETURNING count`,
    [key],
  );
  return r[0]!.count;
}

async function createMessage(accountSid: string, authToken: string, form: URLSearchParams): Promise<Response> {
  const to = form.get("To")?.trim() ?? "";
  const from = form.get("From")?.trim() ?? "";
  const body = form.get("Body") ?? "";
  const callback = form.get("StatusCallback");
  if (!to) return errorResponse({ status: 400, code: 21604, message: "A 'To' phone number is required." });
  if (!from) return errorResponse({ status: 400, code: 21603, message: "A 'From' phone number is required." });
  if (!body) return errorResponse({ status: 400, code: 21602, message: "Message body is required." });
  if (body.length > 1600)
    return errorResponse({
      status: 400,
      code: 21617,
      message: "The concatenated message body exceeds the 1600 character limit.",
    });
  if (!isE164(to) || to === TWILIO_MAGIC.invalidNumber)
    return errorResponse({ status: 400, code: 21211, message: `Invalid 'To' Phone Number: ${to}` });
  if (to === TWILIO_MAGIC.unsubscribed)
    return errorResponse({ status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient" });
  if (to === TWILIO_MAGIC.unavailable)
    return errorResponse({ status: 503, code: 20503, message: "Service Unavailable" });
  if (to === TWILIO_MAGIC.flaky && (await bumpAttempt(`${accountSid}|${to}|${body}`)) === 1)
    return errorResponse({ status: 503, code: 20503, message: "Service Unavailable" });

  const sid = newSid();
  const segments = countSegments(body).segments;
  const [row] = await twilioSql<TTwilioMessageRow>(
    `INSERT INTO $S.message (sid, account_sid, "to", "from", body, status, num_segments, status_callback)
     VALUES ($1, $2, $3, $4, $5, 'queued', $6, $7) RETURNING *`,
    [sid, accountSid, to, from, body, segments, callback],
  );
  // The lifecycle this number will go through; each step is a callback row (even with no
  // StatusCallback URL, so that fetching the message shows it progress).
  const now = Date.now();
  const steps: { status: string; at: number; errorCode?: number }[] = [{ status: "sent", at: now + CALLBACK_DELAY_MS }];
  if (to === TWILIO_MAGIC.undelivered)
    steps.push({ status: "undelivered", at: now + 2 * CALLBACK_DELAY_MS, errorCode: 30003 });
  else if (to === TWILIO_MAGIC.slow) steps.push({ status: "delivered", at: now + DELAYED_DELIVERY_MS });
  else steps.push({ status: "delivered", at: now + 2 * CALLBACK_DELAY_MS });
  for (const step of steps) {
    const params: Record<string, string> = {
      AccountSid: accountSid,
      ApiVersion: "2010-04-01",
      From: from,
      MessageSid: sid,
      MessageStatus: step.status,
      SmsSid: sid,
      SmsStatus: step.status,
      To: to,
      ...(step.errorCode ? { ErrorCode: String(step.errorCode) } : {}),
    };
    await twilioSql(
      `INSERT INTO $S.callback (sid, status, url, params, signature, due_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        sid,
        step.status,
        callback ?? "",
        JSON.stringify(params),
        callback ? twilioSignature(authToken, callback, params) : "",
        new Date(step.at),
      ],
    );
  }
  return Response.json(serialize(row!), { status: 201 });
}

async function listMessages(accountSid: string, q: URLSearchParams): Promise<Response> {
  const to = q.get("To");
  // The SDK sends dateSentAfter as `DateSent>=YYYY-MM-DD` (day precision, as Twilio).
  const after = q.get("DateSent>") ?? q.get("DateSent>=");
  const pageSize = Math.min(Number(q.get("PageSize") ?? 50) || 50, 1000);
  const rows = await twilioSql<TTwilioMessageRow>(
    `SELECT * FROM $S.message WHERE account_sid = $1 AND ($2::text IS NULL OR "to" = $2)
       AND ($3::date IS NULL OR date_created >= $3::date) ORDER BY date_created DESC LIMIT $4`,
    [accountSid, to, after, pageSize],
  );
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages.json?PageSize=${pageSize}&Page=0`;
  return Response.json({
    messages: rows.map(serialize),
    end: Math.max(rows.length - 1, 0),
    first_page_uri: uri,
    next_page_uri: null,
    page: 0,
    page_size: pageSize,
    previous_page_uri: null,
    start: 0,
    uri,
  });
}

export async function handleTwilioRequest(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname.replace(/^\/api\/dev\/twilio/, "");
  const m = path.match(/^\/2010-04-01\/Accounts\/([^/]+)\/Messages(?:\/([^/]+))?\.json$/);
  if (!m) return errorResponse({ status: 404, code: 20404, message: "The requested resource was not found" });
  const [, accountSid, messageSid] = m;
  const auth = basicAuth(req);
  // Any AC… account authenticates; the token it uses signs its callbacks (as Twilio's auth token does).
  if (!auth || auth.user !== accountSid || !accountSid!.startsWith("AC") || !auth.pass)
    return errorResponse({ status: 401, code: 20003, message: "Authenticate" });
  if (req.method === "POST" && !messageSid)
    return createMessage(accountSid!, auth.pass, new URLSearchParams(await req.text()));
  if (req.method === "GET" && !messageSid) return listMessages(accountSid!, url.searchParams);
  if (req.method === "GET" && messageSid) {
    const [row] = await twilioSql<TTwilioMessageRow>(`SELECT * FROM $S.message WHERE sid = $1 AND account_sid = $2`, [
      messageSid,
      accountSid,
    ]);
    if (!row)
      return errorResponse({ status: 404, code: 20404, message: `The requested resource ${path} was not found` });
    return Response.json(serialize(row));
  }
  return errorResponse({ status: 405, code: 20004, message: "Method not allowed" });
}

export type TCallbackDeliverer = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Moves due messages along (queued → sent → delivered/undelivered) and POSTs their
 * StatusCallbacks. Undelivered callbacks (receiver down or not 2xx) are retried on the next
 * tick, at most 5 times. Tests pass `deliver` to call the route handler in-process, and
 * `sids` to touch only their own messages.
 */
export async function deliverDueTwilioCallbacks(
  opts: { now?: Date; deliver?: TCallbackDeliverer; sids?: readonly string[] } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  const deliver = opts.deliver ?? ((u, i) => fetch(u, i));
  const due = await twilioSql<TTwilioCallbackRow>(
    `UPDATE $S.callback SET attempts = attempts + 1, due_at = $1::timestamptz + interval '30 seconds'
      WHERE id IN (SELECT id FROM $S.callback WHERE delivered_at IS NULL AND due_at <= $1 AND attempts < 5
                     AND ($2::text[] IS NULL OR sid = ANY($2))
                   ORDER BY due_at, id LIMIT 50 FOR UPDATE SKIP LOCKED)
      RETURNING *`,
    [now, opts.sids ?? null],
  );
  due.sort((a, b) => Number(a.id) - Number(b.id));
  let sent = 0;
  for (const cb of due) {
    if (cb.attempts === 1) {
      await twilioSql(
        `UPDATE $S.message SET status = $2, date_updated = $3,
            date_sent = CASE WHEN $2 = 'sent' THEN $3 ELSE date_sent END,
            error_code = COALESCE($4::int, error_code),
            error_message = CASE WHEN $4::int = 30003 THEN 'Unreachable destination handset' ELSE error_message END
          WHERE sid = $1`,
        [cb.sid, cb.status, now, cb.params.ErrorCode ? Number(cb.params.ErrorCode) : null],
      );
    }
    if (!cb.url) {
      await twilioSql(`UPDATE $S.callback SET delivered_at = $2 WHERE id = $1`, [cb.id, now]);
      continue;
    }
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await deliver(cb.url, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-twilio-signature": cb.signature,
          "user-agent": "TwilioProxy/1.1",
        },
        body: new URLSearchParams(cb.params).toString(),
      });
      status = res.status;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const ok = status !== null && status >= 200 && status < 300;
    if (ok) sent++;
    await twilioSql(
      `UPDATE $S.callback SET delivered_at = CASE WHEN $2 THEN $3::timestamptz END, last_status = $4, last_error = $5 WHERE id = $1`,
      [cb.id, ok, now, status, error],
    );
  }
  return sent;
}

/** Every message the emulator accepted (newest first), for /dev/outbox and tests. */
export function listTwilioEmulatorMessages(filter: { to?: string; limit?: number } = {}): Promise<TTwilioMessageRow[]> {
  return twilioSql<TTwilioMessageRow>(
    `SELECT * FROM $S.message WHERE ($1::text IS NULL OR "to" = $1) ORDER BY date_created DESC LIMIT $2`,
    [filter.to ?? null, filter.limit ?? 500],
  );
}
