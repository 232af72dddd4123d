import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationChannel, NotificationTopic } from "@/lib/generated/prisma/enums";

// The outbox: notifications are rows written in the same transaction as the state change
// that causes them; a worker (a later issue) sends QUEUED rows through Twilio/Postmark. A
// failing SMS therefore never fails a payment, and a rolled-back change notifies nobody.

export type TEnqueueNotificationInput = {
  userId?: string;
  vendorId?: string;
  channel: NotificationChannel;
  topic: NotificationTopic;
  templateKey: string;
  recipient: string;
  data: Record<string, unknown>;
  /** Same effect, same key: enqueueing it again is a no-op (e.g. a replayed webhook). */
  dedupeKey: string;
};

/** Writes one QUEUED outbox row; returns false when the dedupeKey was already used. */
export async function enqueueNotification(input: TEnqueueNotificationInput, db: Db = prisma): Promise<boolean> {
  // createMany + skipDuplicates is INSERT … ON CONFLICT DO NOTHING: a duplicate never aborts
  // the surrounding transaction the way a caught unique violation would.
  const res = await db.notification.createMany({
    data: [
      {
        userId: input.userId ?? null,
        vendorId: input.vendorId ?? null,
        channel: input.channel,
        topic: input.topic,
        templateKey: input.templateKey,
        recipient: input.recipient,
        data: input.data as Prisma.InputJsonValue,
        dedupeKey: input.dedupeKey,
      },
    ],
    skipDuplicates: true,
  });
  return res.count === 1;
}

export type TNotifyCustomerInput = {
  userId: string;
  topic: NotificationTopic;
  templateKey: string;
  data: Record<string, unknown>;
  dedupeKey: string;
  /** Contact captured on the order (wins over the profile, which may change later). */
  contact?: { email?: string | null; phone?: string | null };
};

const CUSTOMER_CHANNELS = ["SMS", "EMAIL"] as const;

/**
 * Enqueues a customer notification on SMS and EMAIL, each unless the customer switched
 * that channel off for the topic (no preference row = on). Returns how many rows were queued.
 */
export async function notifyCustomer(input: TNotifyCustomerInput, db: Db = prisma): Promise<number> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: {
      email: true,
      phone: true,
      notificationPreferences: { where: { topic: input.topic }, select: { channel: true, enabled: true } },
    },
  });
  if (!user) return 0;
  const disabled = new Set(user.notificationPreferences.filter((p) => !p.enabled).map((p) => p.channel));
  const recipients: Record<(typeof CUSTOMER_CHANNELS)[number], string | null> = {
    SMS: input.contact?.phone ?? user.phone,
    EMAIL: input.contact?.email ?? user.email,
  };
  const channels = CUSTOMER_CHANNELS.filter((c) => recipients[c] && !disabled.has(c));
  if (channels.length === 0) return 0;
  // One INSERT for all channels; duplicates (same effect enqueued again) are skipped.
  const res = await db.notification.createMany({
    data: channels.map((channel) => ({
      userId: input.userId,
      channel,
      topic: input.topic,
      templateKey: input.templateKey,
      recipient: recipients[channel]!,
      data: input.data as Prisma.InputJsonValue,
      dedupeKey: `${input.dedupeKey}:${channel}`,
    })),
    skipDuplicates: true,
  });
  return res.count;
}

export type TNotifyVendorInput = {
  vendorId: string;
  topic: NotificationTopic;
  templateKey: string;
  data: Record<string, unknown>;
  dedupeKey: string;
};

/**
 * Enqueues a vendor notification to the vendor's contact email and (when it has one) phone,
 * each unless the vendor's owner switched that channel off for the topic in the vendor
 * settings (no preference row = on). Returns how many rows were queued.
 */
export async function notifyVendor(input: TNotifyVendorInput, db: Db = prisma): Promise<number> {
  const vendor = await db.vendor.findUnique({
    where: { id: input.vendorId },
    select: {
      contactEmail: true,
      contactPhone: true,
      memberships: {
        where: { role: "OWNER" },
        select: {
          user: {
            select: {
              notificationPreferences: { where: { topic: input.topic }, select: { channel: true, enabled: true } },
            },
          },
        },
      },
    },
  });
  if (!vendor) return 0;
  const disabled = new Set(
    vendor.memberships.flatMap((m) => m.user.notificationPreferences.filter((p) => !p.enabled).map((p) => p.channel)),
  );
  const recipients = { EMAIL: vendor.contactEmail, SMS: vendor.contactPhone } as const;
  const channels = (["EMAIL", "SMS"] as const).filter((c) => recipients[c] && !disabled.has(c));
  if (channels.length === 0) return 0;
  const res = await db.notification.createMany({
    data: channels.map((channel) => ({
      vendorId: input.vendorId,
      channel,
      topic: input.topic,
      templateKey: input.templateKey,
      recipient: recipients[channel]!,
      data: input.data as Prisma.InputJsonValue,
      dedupeKey: `${input.dedupeKey}:${channel}`,
    })),
    skipDuplicates: true,
  });
  return res.count;
}
