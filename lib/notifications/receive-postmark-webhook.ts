import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { POSTMARK_WEBHOOK_USER, postmarkWebhookSecret } from "@/lib/integrations/postmark/email";
import { applyProviderStatus } from "./apply-provider-status";

const ZPayload = z.looseObject({
  RecordType: z.string(),
  MessageID: z.string(),
  Metadata: z.record(z.string(), z.string()).optional(),
  Type: z.string().optional(),
  Description: z.string().optional(),
  Inactive: z.boolean().optional(),
  DeliveredAt: z.string().optional(),
  BouncedAt: z.string().optional(),
});

function authorised(header: string | null): boolean {
  if (!header?.startsWith("Basic ")) return false;
  const got = Buffer.from(header.slice(6), "base64");
  const want = Buffer.from(`${POSTMARK_WEBHOOK_USER}:${postmarkWebhookSecret()}`);
  return got.length === want.length && timingSafeEqual(got, want);
}

// Bounce types after which the message will not arrive (soft/transient ones may still be retried by Postmark).
const FINAL_BOUNCES = new Set([
  "HardBounce",
  "BadEmailAddress",
  "Blocked",
  "SpamComplaint",
  "ManuallyDeactivated",
  "SpamNotification",
]);

/** Postmark's Delivery and Bounce webhooks, authenticated by the basic auth in their URL. */
export async function receivePostmarkWebhook(input: {
  authorization: string | null;
  raw: string;
}): Promise<{ status: number; changed: boolean }> {
  if (!authorised(input.authorization)) return { status: 403, changed: false };
  let json: unknown;
  try {
    json = JSON.parse(input.raw);
  } catch {
    return { status: 400, changed: false };
  }
  const p = ZPayload.safeParse(json);
  if (!p.success) return { status: 400, changed: false };
  const w = p.data;
  const notificationId = w.Metadata?.notificationId ?? null;
  if (w.RecordType === "Delivery")
    return {
      status: 200,
      changed: await applyProviderStatus({
        notificationId,
        providerMessageId: w.MessageID,
        outcome: "DELIVERED",
        at: w.DeliveredAt ? new Date(w.DeliveredAt) : new Date(),
      }),
    };
  if (w.RecordType === "Bounce" && (w.Inactive || FINAL_BOUNCES.has(w.Type ?? "")))
    return {
      status: 200,
      changed: await applyProviderStatus({
        notificationId,
        providerMessageId: w.MessageID,
        outcome: "FAILED",
        reason: `Postmark bounce (${w.Type}): ${w.Description ?? ""}`.trim(),
        at: w.BouncedAt ? new Date(w.BouncedAt) : new Date(),
      }),
    };
  // Opens, clicks, soft bounces: acknowledged, nothing to record.
  return { status: 200, changed: false };
}
