import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotificationChannel, NotificationStatus } from "@/lib/generated/prisma/enums";
import { serverEnv, type TServerEnv } from "@/lib/env";
import { countSegments, listTwilioEmulatorMessages } from "@/lib/integrations/twilio/emulator";
import { TEMPLATES } from "@/lib/notifications/templates/catalog";

// The local outbox viewer (/dev/outbox): every outbox row the app wrote, with what the Twilio
// emulator received for it (the SMS as the phone shows it). Emails open on their own page
// (get-dev-outbox-email.ts). Exists only in a demo or development deployment: the emulators
// run (no real keys) and Paystack is emulated too, so a production shop that sends real
// payments never exposes its customers' messages here, even before it has SMS keys.

export const DEV_OUTBOX_PAGE_SIZE = 30;

/** The channels this deployment emulates (empty: the viewer does not exist). */
export function devOutboxChannels(env: TServerEnv = serverEnv()): NotificationChannel[] {
  if (!env.isPaystackEmulated) return [];
  return [...(env.isSmsLive ? [] : ["SMS" as const]), ...(env.isEmailLive ? [] : ["EMAIL" as const])];
}

export const ZDevOutboxFilters = z.object({
  channel: z.enum(NotificationChannel).optional().catch(undefined),
  status: z.enum(NotificationStatus).optional().catch(undefined),
  /** Recipient (phone or email) or template key, as typed. */
  q: z.string().trim().max(100).optional().catch(undefined),
  cursor: z.string().max(40).optional().catch(undefined),
});
export type TDevOutboxFilters = z.input<typeof ZDevOutboxFilters>;

export type TDevOutboxRow = {
  id: string;
  channel: NotificationChannel;
  status: NotificationStatus;
  templateKey: string;
  recipient: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  nextAttemptAt: Date;
  /** Email: the subject its template gives the row's data (the page opens the full email). */
  subject: string | null;
  /** SMS: the text the emulator received and its segment count; null until sent. */
  sms: { body: string; segments: number; encoding: string } | null;
};

const ROW_SELECT = {
  id: true,
  channel: true,
  status: true,
  templateKey: true,
  recipient: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
  deliveredAt: true,
  nextAttemptAt: true,
  providerMessageId: true,
  data: true,
} as const satisfies Prisma.NotificationSelect;

/** One page of outbox rows (newest first, keyset on createdAt then id) and counts per status. */
export async function listDevOutbox(input: TDevOutboxFilters, db: Db = prisma) {
  const f = ZDevOutboxFilters.parse(input);
  const channels = devOutboxChannels().filter((c) => !f.channel || c === f.channel);
  const q = f.q
    ? [{ OR: [{ recipient: { contains: f.q, mode: "insensitive" as const } }, { templateKey: { startsWith: f.q } }] }]
    : [];
  const common: Prisma.NotificationWhereInput[] = [{ channel: { in: channels } }, ...q];
  const after = f.cursor
    ? await db.notification.findUnique({ where: { id: f.cursor }, select: { id: true, createdAt: true } })
    : null;
  const keyset: Prisma.NotificationWhereInput[] = after
    ? [{ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }]
    : [];
  const [rows, counts, byChannel] = await Promise.all([
    db.notification.findMany({
      where: { AND: [...common, ...(f.status ? [{ status: f.status }] : []), ...keyset] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: DEV_OUTBOX_PAGE_SIZE + 1,
      select: ROW_SELECT,
    }),
    db.notification.groupBy({ by: ["status"], where: { AND: common }, _count: { _all: true } }),
    db.notification.groupBy({
      by: ["channel"],
      where: { AND: [{ channel: { in: devOutboxChannels() } }, ...q] },
      _count: { _all: true },
    }),
  ]);
  const page = rows.slice(0, DEV_OUTBOX_PAGE_SIZE);

  // The emulator's copy of each sent SMS, by its message SID (one query per recipient on the page).
  const smsTo = [...new Set(page.filter((r) => r.channel === "SMS" && r.providerMessageId).map((r) => r.recipient))];
  const received = new Map(
    (await Promise.all(smsTo.map((to) => listTwilioEmulatorMessages({ to, limit: 200 }))))
      .flat()
      .map((m) => [m.sid, m]),
  );
  const statusCounts = Object.fromEntries(Object.values(NotificationStatus).map((s) => [s, 0])) as Record<
    NotificationStatus,
    number
  >;
  for (const c of counts) statusCounts[c.status] = c._count._all;

  const channelCounts = Object.fromEntries(byChannel.map((c) => [c.channel, c._count._all])) as Partial<
    Record<NotificationChannel, number>
  >;
  return {
    channels: devOutboxChannels(),
    channelCounts,
    rows: page.map(({ providerMessageId, data, ...r }): TDevOutboxRow => {
      const m = providerMessageId ? received.get(providerMessageId) : undefined;
      const cost = m ? countSegments(m.body) : null;
      const template = r.channel === "EMAIL" ? TEMPLATES[r.templateKey] : undefined;
      return {
        ...r,
        subject: template ? template.subject((data ?? {}) as Record<string, unknown>) : null,
        sms: m && cost ? { body: m.body, segments: cost.segments, encoding: cost.encoding } : null,
      };
    }),
    statusCounts,
    nextCursor: rows.length > DEV_OUTBOX_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
