import "server-only";
import twilio from "twilio";
import { serverEnv } from "@/lib/env";
import { TwilioEmulatorRequestClient } from "./emulator/http-client";

// The one way the app sends SMS. With TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN + TWILIO_FROM_NUMBER
// set, the twilio SDK talks to api.twilio.com; without them the very same SDK calls are
// answered by the emulator (./emulator, in-process through the SDK's httpClient option).

export type TSendOutcome =
  | { ok: true; providerMessageId: string }
  /** permanent: sending the same message again cannot succeed (bad number, unsubscribed…). */
  | { ok: false; permanent: boolean; reason: string };

export type TSmsMessage = { to: string; body: string; statusCallbackUrl?: string };

export interface ISmsSender {
  readonly live: boolean;
  send(message: TSmsMessage): Promise<TSendOutcome>;
  /** The sid of a message already accepted for this To and body since `since`, if any (crash recovery). */
  findAccepted(message: { to: string; body: string; since: Date }): Promise<string | null>;
}

/** The emulator's credentials: any AC… sid works there; the token signs its status callbacks. */
export const TWILIO_EMULATOR_CREDENTIALS = {
  accountSid: "AC00000000000000000000000000000000",
  authToken: "twilio-emulator-auth-token",
  from: "+15005550006",
} as const;

export function twilioCredentials(): { accountSid: string; authToken: string; from: string; live: boolean } {
  const env = serverEnv();
  if (env.isSmsLive)
    return {
      accountSid: env.TWILIO_ACCOUNT_SID!,
      authToken: env.TWILIO_AUTH_TOKEN!,
      from: env.TWILIO_FROM_NUMBER!,
      live: true,
    };
  return { ...TWILIO_EMULATOR_CREDENTIALS, live: false };
}

// Twilio REST error codes that say "this message will never go" (https://www.twilio.com/docs/errors).
const PERMANENT_CODES = new Set([21211, 21212, 21408, 21610, 21612, 21614, 21617, 21602, 21603, 21604, 21606, 21659]);

function classify(e: unknown): TSendOutcome {
  const err = e as { status?: number; code?: number; message?: string };
  const status = err.status ?? 0;
  const reason = err.code ? `Twilio ${err.code}: ${err.message}` : `Twilio: ${err.message ?? String(e)}`;
  // 4xx other than 429 (and 401/403, our own misconfiguration) are the message's fault.
  const permanent =
    (err.code !== undefined && PERMANENT_CODES.has(err.code)) ||
    (status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status));
  return { ok: false, permanent, reason };
}

let cached: { key: string; sender: ISmsSender } | undefined;

export function smsSender(): ISmsSender {
  const c = twilioCredentials();
  const key = `${c.accountSid}:${c.authToken}:${c.from}`;
  if (cached?.key === key) return cached.sender;
  const client = twilio(c.accountSid, c.authToken, c.live ? {} : { httpClient: new TwilioEmulatorRequestClient() });
  const sender: ISmsSender = {
    live: c.live,
    async send(m) {
      try {
        const msg = await client.messages.create({
          to: m.to,
          from: c.from,
          body: m.body,
          ...(m.statusCallbackUrl ? { statusCallback: m.statusCallbackUrl } : {}),
        });
        return { ok: true, providerMessageId: msg.sid };
      } catch (e) {
        return classify(e);
      }
    },
    async findAccepted(m) {
      // Newest first; not filtered by DateSent, which a still-queued message does not have yet.
      const list = await client.messages.list({ to: m.to, limit: 50 });
      const hit = list.find((x) => x.body === m.body && x.dateCreated.getTime() >= m.since.getTime() - 1000);
      return hit?.sid ?? null;
    },
  };
  cached = { key, sender };
  return sender;
}
