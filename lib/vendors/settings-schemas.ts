// Vendor settings inputs (/vendor/settings, /team, /notifications). Isomorphic: zod and
// constants only, so the settings forms may import the labels and limits too.
import { z } from "zod";
import { ZEmail } from "@/lib/auth/schemas";

export const VENDOR_NOTIFICATION_TOPICS = ["VENDOR_OPERATIONS", "PAYMENTS", "ACCOUNT"] as const;
export const VENDOR_NOTIFICATION_CHANNELS = ["EMAIL", "SMS"] as const;
export type TVendorNotificationTopic = (typeof VENDOR_NOTIFICATION_TOPICS)[number];
export type TVendorNotificationChannel = (typeof VENDOR_NOTIFICATION_CHANNELS)[number];

export const VENDOR_TOPIC_LABELS: Record<TVendorNotificationTopic, { label: string; description: string }> = {
  VENDOR_OPERATIONS: { label: "Orders and stock", description: "Low-stock alerts and what your batches need." },
  PAYMENTS: { label: "Payments and payouts", description: "Payouts sent, paid or failed." },
  ACCOUNT: {
    label: "Your shop's account",
    description: "Approval, suspension and payout account changes (a payout account change is always emailed).",
  },
};

/** An invite link works this long. */
export const INVITE_TTL_DAYS = 7;
/** Pending invites a shop may have at once (a stolen owner session cannot mail the world). */
export const MAX_PENDING_INVITES = 20;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

export const ZVendorProfileInput = z.object({
  name: z
    .string({ error: "Enter your shop's name" })
    .trim()
    .min(2, "Enter your shop's name")
    .max(80, "Keep the name under 80 characters"),
  legalName: optionalText(120, "Keep the legal name under 120 characters"),
  description: z
    .string()
    .trim()
    .max(2000, "Keep the description under 2,000 characters")
    .optional()
    .transform((v) => v ?? ""),
  contactEmail: z
    .string({ error: "Enter a contact email" })
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter an email like you@business.com").max(200, "Keep the email under 200 characters")),
  /** Normalised on the server (Ghana numbers → +233…, others need their country code). */
  contactPhone: z
    .string({ error: "Enter a contact phone number" })
    .trim()
    .min(1, "Enter a contact phone number")
    .max(30, "Enter a phone number"),
  logoUrl: optionalText(500, "Keep the address under 500 characters").refine((v) => {
    if (v === null) return true;
    try {
      return new URL(v).protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter a full image address starting with https://"),
});
export type TVendorProfileInput = z.input<typeof ZVendorProfileInput>;

export const ZInviteStaffInput = z.object({ email: ZEmail });
export const ZInviteIdInput = z.object({ inviteId: z.string().trim().min(1).max(40) });
export const ZMembershipIdInput = z.object({ membershipId: z.string().trim().min(1).max(40) });
export const ZInviteTokenInput = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid."),
});

const ZEnabled = z
  .union([z.boolean(), z.enum(["on", "true", "false", "off"])])
  .transform((v) => v === true || v === "on" || v === "true");

/** Every topic × channel, each on or off (a form sends all eight). */
export const ZVendorNotificationPreferencesInput = z.object({
  preferences: z
    .array(
      z.object({
        topic: z.enum(VENDOR_NOTIFICATION_TOPICS),
        channel: z.enum(VENDOR_NOTIFICATION_CHANNELS),
        enabled: ZEnabled,
      }),
    )
    .min(1)
    .max(VENDOR_NOTIFICATION_TOPICS.length * VENDOR_NOTIFICATION_CHANNELS.length),
});
export type TVendorNotificationPreferencesInput = z.input<typeof ZVendorNotificationPreferencesInput>;

/** "Yes, payouts go there": the payout account form's explicit confirmation. */
export const ZPayoutChangeConfirmation = z.object({
  confirm: z.union([z.literal(true), z.literal("on"), z.literal("true")], {
    error: "Confirm that payouts should go to this account",
  }),
});
