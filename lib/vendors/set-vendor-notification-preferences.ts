import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { ZVendorNotificationPreferencesInput } from "@/lib/vendors/settings-schemas";

// The owner's channels per vendor topic, stored as the owner's own NotificationPreference
// rows (notifyVendor reads every owner's rows: a channel one owner switched off stays off).

export type TSavedPreferences = {
  changed: { topic: string; channel: string; enabled: boolean }[];
};

export async function setVendorNotificationPreferences(
  { userId, input }: { userId: string; input: unknown },
  db: Db = prisma,
): Promise<TSavedPreferences> {
  const { preferences } = ZVendorNotificationPreferencesInput.parse(input);
  return inTransaction(db, async (tx) => {
    const current = await tx.notificationPreference.findMany({
      where: { userId, topic: { in: preferences.map((p) => p.topic) } },
      select: { topic: true, channel: true, enabled: true },
    });
    const isOn = (topic: string, channel: string) =>
      current.find((c) => c.topic === topic && c.channel === channel)?.enabled ?? true; // no row = on
    const changed = preferences.filter((p) => isOn(p.topic, p.channel) !== p.enabled);
    for (const p of changed)
      await tx.notificationPreference.upsert({
        where: { userId_topic_channel: { userId, topic: p.topic, channel: p.channel } },
        create: { userId, topic: p.topic, channel: p.channel, enabled: p.enabled },
        update: { enabled: p.enabled },
        select: { id: true },
      });
    return { changed };
  });
}
