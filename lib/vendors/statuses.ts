// Vendor statuses, their labels and the fee-rate field (isomorphic: admin pages and client
// dialogs read them). The transitions themselves are one use case each in lib/vendors/.
import { z } from "zod";

export const VENDOR_STATUSES = ["PENDING", "ACTIVE", "SUSPENDED", "REJECTED"] as const;
export type TVendorStatus = (typeof VENDOR_STATUSES)[number];

export const VENDOR_STATUS_LABEL: Record<TVendorStatus, string> = {
  PENDING: "Application",
  ACTIVE: "Active",
  SUSPENDED: "Suspended",
  REJECTED: "Rejected",
};

/** "Kente & Co is pending review" — how a refusal names the current state. */
export const VENDOR_STATE_WORD: Record<TVendorStatus, string> = {
  PENDING: "pending review",
  ACTIVE: "active",
  SUSPENDED: "suspended",
  REJECTED: "rejected",
};

/** What each decision needs the vendor to be in (an illegal one is an INVALID_STATE refusal). */
export const VENDOR_TRANSITIONS = {
  approve: { from: ["PENDING"], to: "ACTIVE" },
  reject: { from: ["PENDING"], to: "REJECTED" },
  suspend: { from: ["ACTIVE"], to: "SUSPENDED" },
  reactivate: { from: ["SUSPENDED"], to: "ACTIVE" },
  reapply: { from: ["REJECTED"], to: "PENDING" },
} as const satisfies Record<string, { from: readonly TVendorStatus[]; to: TVendorStatus }>;

/** 1250 → "12.50%". */
export function formatFeeBps(bps: number): string {
  return `${(bps / 100).toFixed(2)}%`;
}

/**
 * A fee rate typed in percent with up to 2 decimals ("12.5", "12.50", "0") → basis points
 * (1250); blank → null, the platform default. Parsed from the digits, never through floats.
 */
export const ZFeePercent = z.union([z.string(), z.number(), z.null(), z.undefined()]).transform((v, ctx) => {
  const s = v === null || v === undefined ? "" : String(v).trim().replace(/%$/, "").trim();
  if (s === "") return null;
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(s);
  const bps = m ? Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0")) : NaN;
  if (!m || bps > 10_000) {
    ctx.addIssue({ code: "custom", message: "Enter a rate between 0 and 100 with at most 2 decimals, e.g. 12.5" });
    return z.NEVER;
  }
  return bps;
});

export const ZVendorReason = z
  .string({ error: "Give the reason (the vendor sees it)" })
  .trim()
  .min(5, "Give the reason (the vendor sees it): at least 5 characters")
  .max(1000, "Keep the reason under 1,000 characters");
