// The vendor's audit history (application, decisions, fee changes, settings), newest first.
import { formatDateTime } from "@/lib/dates";
import type { TAdminVendor } from "@/lib/vendors/get-admin-vendor";
import { formatFeeBps } from "@/lib/vendors/statuses";

const ACTION_LABEL: Record<string, string> = {
  "vendor.apply": "Applied",
  "vendor.approve": "Approved",
  "vendor.reject": "Rejected",
  "vendor.suspend": "Suspended",
  "vendor.reactivate": "Reactivated",
  "vendor.fee.set": "Fee rate changed",
  "vendor.profile.update": "Profile updated",
  "vendor.payout_account.change": "Payout account changed",
  "vendor.payout_account.register": "Payout account registered at Paystack",
  "vendor.notification_preferences.update": "Notification preferences updated",
  "vendor.invite.create": "Staff member invited",
  "vendor.invite.revoke": "Staff invite revoked",
  "vendor.member.remove": "Staff member removed",
};

type TEntry = TAdminVendor["history"][number];

/** The one line worth reading from the entry's data: the reason, or the fee it moved to. */
function detail(e: TEntry): string | null {
  const d = (e.data ?? {}) as { reason?: unknown; after?: { feeBps?: unknown }; error?: unknown };
  if (typeof d.reason === "string") return d.reason;
  const parts: string[] = [];
  if (e.action === "vendor.approve" || e.action === "vendor.fee.set") {
    const fee = d.after?.feeBps;
    parts.push(typeof fee === "number" ? `Fee ${formatFeeBps(fee)}` : "Platform default fee");
  }
  if (typeof d.error === "string") parts.push(`Paystack: ${d.error}`);
  return parts.length ? parts.join(" · ") : null;
}

export function VendorHistory({ history }: { history: TEntry[] }) {
  if (history.length === 0) return <p className="text-sm text-ink-muted">No recorded actions yet.</p>;
  return (
    <ol className="space-y-3">
      {history.map((e) => {
        const line = detail(e);
        return (
          <li key={e.id} className="border-l-2 border-black/10 pl-3 text-sm">
            <p className="font-medium text-ink">{ACTION_LABEL[e.action] ?? e.action}</p>
            {line ? <p className="break-words text-ink-muted">{line}</p> : null}
            <p className="text-xs text-ink-subtle">
              {formatDateTime(e.createdAt)} · {e.actor?.name ?? e.actor?.email ?? "System"}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
