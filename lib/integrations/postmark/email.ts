import "server-only";
import { ServerClient } from "postmark";
import { serverEnv } from "@/lib/env";
import { handlePostmarkRequest, POSTMARK_API_ORIGIN } from "./emulator/api";

// The one way the app sends email. With POSTMARK_SERVER_TOKEN set, the postmark SDK talks to
// api.postmarkapp.com; without it the very same SDK calls go to the emulator (./emulator),
// in-process through the SDK's own `fetch` option.

export type TSendOutcome = { ok: true; providerMessageId: string } | { ok: false; permanent: boolean; reason: string };

export type TEmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  tag?: string;
  /** Comes back on Postmark's Delivery/Bounce webhooks and is searchable (metadata_<key>). */
  metadata: Record<string, string>;
};

export interface IEmailSender {
  readonly live: boolean;
  send(message: TEmailMessage): Promise<TSendOutcome>;
  /** The MessageID of an email already accepted with this metadata, if any (crash recovery). */
  findAccepted(query: { to: string; metadata: Record<string, string> }): Promise<string | null>;
}

export const POSTMARK_EMULATOR_TOKEN = "postmark-emulator-server-token";
/** Basic-auth user on the webhook URL (the password is postmarkWebhookSecret()). */
export const POSTMARK_WEBHOOK_USER = "postmark";

export function postmarkWebhookSecret(): string {
  return serverEnv().POSTMARK_WEBHOOK_SECRET ?? "postmark-emulator-webhook-secret";
}

// Postmark API ErrorCodes that no retry can fix (https://postmarkapp.com/developer/api/overview#error-codes).
const PERMANENT_CODES = new Set([300, 400, 401, 402, 403, 405, 406, 409, 410, 411, 412, 413, 415, 416, 417, 418]);

function classify(e: unknown): TSendOutcome {
  const x = e as { code?: number; statusCode?: number; message?: string };
  const reason = `Postmark ${x.code ?? x.statusCode ?? "error"}: ${x.message ?? String(e)}`;
  const permanent = (x.code !== undefined && PERMANENT_CODES.has(x.code)) || x.statusCode === 422;
  return { ok: false, permanent, reason };
}

/** Where Postmark's Delivery/Bounce webhooks for this app go, with their basic auth. */
export function postmarkWebhookTarget(): { url: string; username: string; password: string } {
  return {
    url: `${serverEnv().APP_URL}/api/webhooks/postmark`,
    username: POSTMARK_WEBHOOK_USER,
    password: postmarkWebhookSecret(),
  };
}

let cached: { key: string; sender: IEmailSender } | undefined;

export function emailSender(): IEmailSender {
  const env = serverEnv();
  const live = env.isEmailLive;
  const token = live ? env.POSTMARK_SERVER_TOKEN! : POSTMARK_EMULATOR_TOKEN;
  const key = `${token}:${env.POSTMARK_FROM_EMAIL}:${env.APP_URL}`;
  if (cached?.key === key) return cached.sender;
  const webhook = postmarkWebhookTarget();
  const client = new ServerClient(
    token,
    live
      ? {}
      : {
          // The emulator answers in-process; it also knows where this server's webhooks go
          // (in real Postmark that is set in the dashboard: Servers → Webhooks).
          fetch: (input: string | URL | Request, init?: RequestInit) =>
            handlePostmarkRequest(new Request(new URL(String(input), POSTMARK_API_ORIGIN), init), webhook),
        },
  );
  const sender: IEmailSender = {
    live,
    async send(m) {
      try {
        const r = await client.sendEmail({
          From: env.POSTMARK_FROM_EMAIL,
          To: m.to,
          Subject: m.subject,
          TextBody: m.text,
          HtmlBody: m.html,
          Tag: m.tag,
          Metadata: m.metadata,
          MessageStream: "outbound",
        });
        if (r.ErrorCode !== 0)
          return {
            ok: false,
            permanent: PERMANENT_CODES.has(r.ErrorCode),
            reason: `Postmark ${r.ErrorCode}: ${r.Message}`,
          };
        return { ok: true, providerMessageId: r.MessageID };
      } catch (e) {
        return classify(e);
      }
    },
    async findAccepted(q) {
      const filter: Record<string, string | number> = { count: 1, offset: 0, recipient: q.to };
      for (const [k, v] of Object.entries(q.metadata)) filter[`metadata_${k}`] = v;
      const r = await client.getOutboundMessages(filter);
      return r.Messages[0]?.MessageID ?? null;
    },
  };
  cached = { key, sender };
  return sender;
}
