import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { VendorStatus } from "@/lib/generated/prisma/enums";
import { maskAccountNumber } from "@/lib/vendors/payout-account";
import {
  VENDOR_NOTIFICATION_CHANNELS,
  VENDOR_NOTIFICATION_TOPICS,
  type TVendorNotificationChannel,
  type TVendorNotificationTopic,
} from "@/lib/vendors/settings-schemas";

// Reads of the vendor settings pages, each scoped to the session's vendor.

export type TVendorProfile = {
  name: string;
  slug: string;
  status: VendorStatus;
  legalName: string | null;
  description: string;
  logoUrl: string | null;
  contactEmail: string;
  contactPhone: string | null;
};

export async function getVendorProfile(
  { vendorId }: { vendorId: string },
  db: Db = prisma,
): Promise<TVendorProfile | null> {
  return db.vendor.findUnique({
    where: { id: vendorId },
    select: {
      name: true,
      slug: true,
      status: true,
      legalName: true,
      description: true,
      logoUrl: true,
      contactEmail: true,
      contactPhone: true,
    },
  });
}

export type TVendorPayoutAccountView = {
  type: "BANK" | "MOBILE_MONEY";
  bankName: string;
  /** "•••• 4567" — the whole number never reaches the page. */
  maskedNumber: string;
  accountName: string;
  isRegistered: boolean;
  since: Date;
};

/** The default payout account, masked, or null when the shop has none. */
export async function getVendorPayoutAccount(
  { vendorId }: { vendorId: string },
  db: Db = prisma,
): Promise<TVendorPayoutAccountView | null> {
  const r = await db.payoutRecipient.findFirst({
    where: { vendorId, isDefault: true },
    orderBy: { createdAt: "desc" },
    select: {
      type: true,
      bankName: true,
      accountNumber: true,
      accountName: true,
      recipientCode: true,
      createdAt: true,
    },
  });
  if (!r) return null;
  return {
    type: r.type,
    bankName: r.bankName,
    maskedNumber: maskAccountNumber(r.accountNumber),
    accountName: r.accountName,
    isRegistered: Boolean(r.recipientCode),
    since: r.createdAt,
  };
}

export type TVendorNotificationPreferences = Record<
  TVendorNotificationTopic,
  Record<TVendorNotificationChannel, boolean>
>;

/** The owner's channels per vendor topic (no row = on). */
export async function getVendorNotificationPreferences(
  { userId }: { userId: string },
  db: Db = prisma,
): Promise<TVendorNotificationPreferences> {
  const rows = await db.notificationPreference.findMany({
    where: { userId, topic: { in: [...VENDOR_NOTIFICATION_TOPICS] } },
    select: { topic: true, channel: true, enabled: true },
  });
  const out = {} as TVendorNotificationPreferences;
  for (const topic of VENDOR_NOTIFICATION_TOPICS) {
    out[topic] = {} as Record<TVendorNotificationChannel, boolean>;
    for (const channel of VENDOR_NOTIFICATION_CHANNELS)
      out[topic][channel] = rows.find((r) => r.topic === topic && r.channel === channel)?.enabled ?? true;
  }
  return out;
}
