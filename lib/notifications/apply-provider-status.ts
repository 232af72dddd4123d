import "server-only";
import { type Db, prisma } from "@/lib/db";

export type TProviderStatus = {
  /** From our own callback URL (?n=) or the email's metadata; may be missing on foreign messages. */
  notificationId?: string | null;
  providerMessageId: string;
  outcome: "DELIVERED" | "FAILED";
  reason?: string;
  at: Date;
};

/**
 * A provider's delivery report: SENT → DELIVERED or FAILED. Idempotent: only a row still in
 * flight (SENT, or QUEUED with our `pending:` marker when the report beats the sender's own
 * update) changes; a replay or a late report after a terminal state changes nothing.
 * Returns whether a row changed.
 */
export async function applyProviderStatus(input: TProviderStatus, db: Db = prisma): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Notification"
       SET "status" = ${input.outcome}::"NotificationStatus",
           "providerMessageId" = ${input.providerMessageId},
           "sentAt" = COALESCE("sentAt", ${input.at}),
           "deliveredAt" = CASE WHEN ${input.outcome} = 'DELIVERED' THEN ${input.at}::timestamp ELSE "deliveredAt" END,
           "lastError" = CASE WHEN ${input.outcome} = 'FAILED' THEN ${input.reason ?? "Failed"} ELSE "lastError" END
     WHERE ("providerMessageId" = ${input.providerMessageId}
            OR ("id" = ${input.notificationId ?? null} AND "providerMessageId" = 'pending:' || "id"))
       AND ("status" = 'SENT' OR ("status" = 'QUEUED' AND "providerMessageId" = 'pending:' || "id"))`;
  return changed > 0;
}
