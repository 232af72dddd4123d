import "server-only";
import { type Db, prisma } from "@/lib/db";
import { listPostmarkEmulatorMessages } from "@/lib/integrations/postmark/emulator";
import { devOutboxChannels } from "@/lib/notifications/list-dev-outbox";
import { renderNotification } from "@/lib/notifications/templates";

/**
 * One outbox email for /dev/outbox/<id>: what the Postmark emulator received once it was sent
 * (subject, HTML and text as the inbox shows them); before that, the same template rendered
 * now and labelled a preview. Null when the row is not an email or emails are not emulated.
 */
export async function getDevOutboxEmail({ id }: { id: string }, db: Db = prisma) {
  if (!devOutboxChannels().includes("EMAIL")) return null;
  const n = await db.notification.findUnique({
    where: { id },
    select: {
      id: true,
      channel: true,
      status: true,
      templateKey: true,
      recipient: true,
      data: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      deliveredAt: true,
      providerMessageId: true,
    },
  });
  if (!n || n.channel !== "EMAIL") return null;
  const received = n.providerMessageId
    ? (await listPostmarkEmulatorMessages({ to: n.recipient, limit: 200 })).find(
        (m) => m.message_id === n.providerMessageId,
      )
    : undefined;
  const { providerMessageId: _id, data, ...row } = n;
  if (received) {
    return {
      ...row,
      source: "received" as const,
      from: received.from,
      subject: received.subject,
      html: received.html_body ?? "",
      text: received.text_body ?? "",
    };
  }
  const preview = await renderNotification(n.templateKey, (data ?? {}) as Record<string, unknown>);
  return {
    ...row,
    source: "preview" as const,
    from: null,
    subject: preview.subject,
    html: preview.html,
    text: preview.text,
  };
}
