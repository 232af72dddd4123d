import "server-only";
import { randomUUID } from "node:crypto";
import { DELAYED_DELIVERY_MS, isEmail, localPart, POSTMARK_MAGIC, WEBHOOK_DELAY_MS } from "./rules";
import { postmarkSql, type TPostmarkMessageRow, type TPostmarkWebhookRow } from "./store";

// Postmark's /email API as far as the app uses it (send one email, search outbound messages),
// with Postmark's JSON shapes and ErrorCodes, and the Delivery / Bounce webhooks it POSTs back
// (with the basic-auth credentials of the webhook URL). `handlePostmarkRequest(Request)`
// answers https://api.postmarkapp.com/… (the SDK, through its `fetch` option) or
// /api/dev/postmark/… (curl).

export const POSTMARK_API_ORIGIN = "https://api.postmarkapp.com";
const SERVER_ID = 23;

const err = (status: number, ErrorCode: number, Message: string) => Response.json({ ErrorCode, Message }, { status });

async function bumpAttempt(key: string): Promise<number> {
  const r = await postmarkSql<{ count: number }>(
    `INSERT INTO $S.attempt (key, count) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET count = $S.attempt.count + 1 RETURNING count`,
    [key],
  );
  return r[0]!.count;
}

type TEmailBody = {
  From?: string;
  To?: string;
  Subject?: string;
  HtmlBody?: string;
  TextBody?: string;
  Tag?: string;
  Metadata?: Record<string, string>;
  MessageStream?: string;
};

export type TPostmarkWebhookTarget = { url: string; username: string; password: string };

async function sendEmail(token: string, b: TEmailBody, webhook: TPostmarkWebhookTarget | null): Promise<Response> {
  if (!b.From) return err(422, 300, "Invalid 'From' address: ''.");
  if (!b.To) return err(422, 300, "Zero recipients specified");
  if (!b.HtmlBody && !b.TextBody) return err(422, 300, "Provide either email TextBody or HtmlBody or both.");
  const to = b.To.trim();
  if (to.includes(",")) return err(422, 300, "The emulator sends to one recipient per message.");
  if (!isEmail(to)) return err(422, 300, `Invalid 'To' address: '${to}'.`);
  const lp = localPart(to);
  const inactive =
    lp === POSTMARK_MAGIC.inactive ||
    (
      await postmarkSql(
        `SELECT 1 FROM $S.webhook w JOIN $S.message m USING (message_id)
          WHERE m.server_token = $1 AND lower(m."to") = lower($2) AND w.record_type = 'Bounce' AND w.attempts > 0`,
        [token, to],
      )
    ).length > 0;
  if (inactive)
    return err(
      422,
      406,
      `You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ${to}. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.`,
    );
  if (lp === POSTMARK_MAGIC.down) return err(503, 0, "Service unavailable");
  if (lp === POSTMARK_MAGIC.flaky && (await bumpAttempt(`${token}|${to}|${b.Subject ?? ""}`)) === 1)
    return err(500, 0, "Internal Server Error");

  const id = randomUUID();
  const [row] = await postmarkSql<TPostmarkMessageRow>(
    `INSERT INTO $S.message (message_id, server_token, "from", "to", subject, html_body, text_body, tag, metadata, message_stream)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
    [
      id,
      token,
      b.From,
      to,
      b.Subject ?? "",
      b.HtmlBody ?? null,
      b.TextBody ?? null,
      b.Tag ?? null,
      JSON.stringify(b.Metadata ?? {}),
      b.MessageStream ?? "outbound",
    ],
  );
  if (webhook) {
    const now = Date.now();
    const common = {
      MessageID: id,
      ServerID: SERVER_ID,
      MessageStream: row!.message_stream,
      Tag: b.Tag ?? "",
      Metadata: b.Metadata ?? {},
    };
    const due = new Date(now + (lp === POSTMARK_MAGIC.slow ? DELAYED_DELIVERY_MS : WEBHOOK_DELAY_MS));
    const body =
      lp === POSTMARK_MAGIC.bounce
        ? {
            RecordType: "Bounce",
            ID: Math.floor(now / 1000),
            Type: "HardBounce",
            TypeCode: 1,
            Name: "Hard bounce",
            Description: "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
            Details: "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
            Email: to,
            From: b.From,
            BouncedAt: due.toISOString(),
            DumpAvailable: false,
            Inactive: true,
            CanActivate: true,
            Subject: b.Subject ?? "",
            ...common,
          }
        : {
            RecordType: "Delivery",
            Recipient: to,
            DeliveredAt: due.toISOString(),
            Details: "Test delivery webhook details",
            ...common,
          };
    await postmarkSql(`INSERT INTO $S.webhook (message_id, record_type, body, due_at) VALUES ($1, $2, $3, $4)`, [
      id,
      body.RecordType,
      JSON.stringify({ ...body, _target: webhook }),
      due,
    ]);
  }
  return Response.json({
    To: to,
    SubmittedAt: row!.submitted_at.toISOString(),
    MessageID: id,
    ErrorCode: 0,
    Message: "OK",
  });
}

function serializeOutbound(m: TPostmarkMessageRow) {
  return {
    Tag: m.tag ?? "",
    MessageID: m.message_id,
    MessageStream: m.message_stream,
    To: [{ Email: m.to, Name: null }],
    Cc: [],
    Bcc: [],
    Recipients: [m.to],
    ReceivedAt: m.submitted_at.toISOString(),
    From: m.from,
    Subject: m.subject,
    Attachments: [],
    Status: m.status,
    TrackOpens: false,
    TrackLinks: "None",
    Metadata: m.metadata,
    Sandboxed: false,
  };
}

async function searchOutbound(token: string, q: URLSearchParams): Promise<Response> {
  const count = Number(q.get("count"));
  const offset = Number(q.get("offset") ?? 0);
  if (!Number.isInteger(count) || count < 1 || count > 500)
    return err(422, 0, "The 'count' parameter is required (1–500).");
  const meta = [...q.entries()].filter(([k]) => k.startsWith("metadata_")).map(([k, v]) => [k.slice(9), v] as const);
  const rows = await postmarkSql<TPostmarkMessageRow & { total: string }>(
    `SELECT *, count(*) OVER () AS total FROM $S.message
      WHERE server_token = $1 AND ($2::text IS NULL OR lower("to") = lower($2)) AND metadata @> $3::jsonb
      ORDER BY submitted_at DESC LIMIT $4 OFFSET $5`,
    [token, q.get("recipient"), JSON.stringify(Object.fromEntries(meta)), count, offset],
  );
  return Response.json({ TotalCount: Number(rows[0]?.total ?? 0), Messages: rows.map(serializeOutbound) });
}

/**
 * `webhook`: where this server's Delivery/Bounce webhooks go (the app configures it, as one
 * does in Postmark's dashboard); null sends none.
 */
export async function handlePostmarkRequest(req: Request, webhook: TPostmarkWebhookTarget | null): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname.replace(/^\/api\/dev\/postmark/, "");
  const token = req.headers.get("x-postmark-server-token");
  if (!token)
    return err(
      401,
      10,
      "Request does not contain a valid Server token. Please check that you are sending the X-Postmark-Server-Token header.",
    );
  if (req.method === "POST" && path === "/email") {
    let body: TEmailBody;
    try {
      body = (await req.json()) as TEmailBody;
    } catch {
      return err(400, 402, "Received invalid JSON input.");
    }
    return sendEmail(token, body, webhook);
  }
  if (req.method === "GET" && path === "/messages/outbound") return searchOutbound(token, url.searchParams);
  return err(404, 0, "Not found");
}

export type TWebhookDeliverer = (url: string, init: RequestInit) => Promise<Response>;

/** POSTs due Delivery/Bounce webhooks (retried on the next tick, at most 5 times). */
export async function deliverDuePostmarkWebhooks(
  opts: { now?: Date; deliver?: TWebhookDeliverer; messageIds?: readonly string[] } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  const deliver = opts.deliver ?? ((u, i) => fetch(u, i));
  const due = await postmarkSql<TPostmarkWebhookRow>(
    `UPDATE $S.webhook SET attempts = attempts + 1, due_at = $1::timestamptz + interval '30 seconds'
      WHERE id IN (SELECT id FROM $S.webhook WHERE delivered_at IS NULL AND due_at <= $1 AND attempts < 5
                     AND ($2::uuid[] IS NULL OR message_id = ANY($2))
                   ORDER BY due_at, id LIMIT 50 FOR UPDATE SKIP LOCKED)
      RETURNING *`,
    [now, opts.messageIds ?? null],
  );
  let sent = 0;
  for (const w of due) {
    const { _target, ...payload } = w.body as { _target: TPostmarkWebhookTarget } & Record<string, unknown>;
    if (w.attempts === 1 && w.record_type === "Bounce")
      await postmarkSql(`UPDATE $S.message SET status = 'Bounced' WHERE message_id = $1`, [w.message_id]);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await deliver(_target.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Basic ${Buffer.from(`${_target.username}:${_target.password}`).toString("base64")}`,
        },
        body: JSON.stringify(payload),
      });
      status = res.status;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const ok = status === 200;
    if (ok) sent++;
    await postmarkSql(
      `UPDATE $S.webhook SET delivered_at = CASE WHEN $2 THEN $3::timestamptz END, last_status = $4, last_error = $5 WHERE id = $1`,
      [w.id, ok, now, status, error],
    );
  }
  return sent;
}

/** Every email the emulator accepted (newest first), for /dev/outbox and tests. */
export function listPostmarkEmulatorMessages(
  filter: { to?: string; limit?: number } = {},
): Promise<TPostmarkMessageRow[]> {
  return postmarkSql<TPostmarkMessageRow>(
    `SELECT * FROM $S.message WHERE ($1::text IS NULL OR lower("to") = lower($1)) ORDER BY submitted_at DESC LIMIT $2`,
    [filter.to ?? null, filter.limit ?? 500],
  );
}
