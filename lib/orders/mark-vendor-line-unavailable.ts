import "server-only";
import { type Db, prisma } from "@/lib/db";
import { markScopedLineUnavailable, type TMarkLineUnavailableResult } from "@/lib/orders/mark-line-unavailable";
import type { TActor } from "@/lib/orders/order-events";

/**
 * The vendor's "cannot source": one of its own paid, not yet procured lines becomes
 * UNAVAILABLE and is refunded exactly as when operations do it (markScopedLineUnavailable —
 * the same refund, customer message and order re-derivation), with the vendor member as the
 * actor. Another vendor's line is NOT_FOUND, like a missing one, and nothing changes.
 */
export async function markVendorLineUnavailable(
  input: { vendorId: string; lineId: string; reason: string; actor: TActor },
  db: Db = prisma,
): Promise<TMarkLineUnavailableResult> {
  return markScopedLineUnavailable(
    {
      where: { id: input.lineId, vendorId: input.vendorId },
      notFound: "Order line not found.",
      reason: input.reason,
      actor: input.actor,
    },
    db,
  );
}
