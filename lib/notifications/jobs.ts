import "server-only";
import { serverEnv } from "@/lib/env";
import { defineJob } from "@/lib/jobs/registry";
import { deliverDuePostmarkWebhooks } from "@/lib/integrations/postmark/emulator";
import { deliverDueTwilioCallbacks } from "@/lib/integrations/twilio/emulator";
import { sendDueNotifications } from "./send-due-notifications";

const RUN_FOR_MS = 50_000;
const IDLE_POLL_MS = 2_000;

/**
 * Sends the outbox. Scheduled every minute; each run keeps sending for ~50 s (polling every
 * 2 s when idle) so a message leaves within seconds of being queued. Several workers may run
 * it at once: the claim (SKIP LOCKED) hands each row to one of them. In emulator mode it also
 * moves the emulators' status callbacks along.
 */
export const sendNotificationsJob = defineJob({
  name: "notifications.send",
  schedule: "* * * * *",
  retryLimit: 0,
  expireInSeconds: 120,
  handler: async () => {
    const end = Date.now() + RUN_FOR_MS;
    const env = serverEnv();
    while (Date.now() < end) {
      const r = await sendDueNotifications();
      if (!env.isSmsLive) await deliverDueTwilioCallbacks();
      if (!env.isEmailLive) await deliverDuePostmarkWebhooks();
      if (r.claimed === 0) await new Promise((res) => setTimeout(res, IDLE_POLL_MS));
    }
  },
});
