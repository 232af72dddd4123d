import "server-only";
import twilio from "twilio";
import { serverEnv } from "@/lib/env";
import { twilioCredentials } from "@/lib/integrations/twilio/sms";
import { applyProviderStatus } from "./apply-provider-status";

const ERRORS: Record<string, string> = {
  "30003": "Unreachable destination handset",
  "30005": "Unknown destination handset",
  "30006": "Landline or unreachable carrier",
  "30007": "Message filtered by the carrier",
  "30008": "Unknown error",
};

/**
 * Twilio's StatusCallback: a form post signed with X-Twilio-Signature over the URL we gave
 * it (APP_URL + path + query, not what a proxy shows us) and the params. 403 when forged.
 */
export async function receiveTwilioStatus(input: {
  pathAndQuery: string;
  signature: string | null;
  form: URLSearchParams;
}): Promise<{ status: number; changed: boolean }> {
  const params = Object.fromEntries(input.form);
  const url = `${serverEnv().APP_URL}${input.pathAndQuery}`;
  if (!input.signature || !twilio.validateRequest(twilioCredentials().authToken, input.signature, url, params))
    return { status: 403, changed: false };
  const sid = params.MessageSid;
  const status = params.MessageStatus;
  if (!sid || !status) return { status: 400, changed: false };
  const notificationId = new URL(url).searchParams.get("n");
  if (status === "delivered")
    return {
      status: 200,
      changed: await applyProviderStatus({
        notificationId,
        providerMessageId: sid,
        outcome: "DELIVERED",
        at: new Date(),
      }),
    };
  if (status === "undelivered" || status === "failed") {
    const code = params.ErrorCode;
    const reason = `Twilio ${status}${code ? ` ${code}: ${ERRORS[code] ?? "see https://www.twilio.com/docs/errors/" + code}` : ""}`;
    return {
      status: 200,
      changed: await applyProviderStatus({
        notificationId,
        providerMessageId: sid,
        outcome: "FAILED",
        reason,
        at: new Date(),
      }),
    };
  }
  // queued / sending / sent / accepted: nothing to record beyond SENT.
  return { status: 200, changed: false };
}
