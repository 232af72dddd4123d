"use server";
// The vendor's work on its order lines from /vendor/orders and its packing lists: mark
// procured (one line or the selected ones) and "cannot source" (the line is refunded). The
// vendor is always the session's own membership (action() → ctx.vendor), never an input.
import { z } from "zod";
import { action } from "@/lib/http/action";
import { markVendorLineUnavailable } from "@/lib/orders/mark-vendor-line-unavailable";
import { MAX_BULK_PROCURE, procureVendorLine, procureVendorLines } from "@/lib/orders/procure-vendor-lines";

const ZLineId = z.string().min(1).max(40);
const REVALIDATE = ["/vendor/orders", "/vendor"];
const vendorActor = (userId: string) => ({ type: "VENDOR" as const, id: userId });

export const markLineProcuredAction = action(
  { permission: "vendor:orders:fulfil", input: z.object({ lineId: ZLineId }), revalidate: REVALIDATE },
  async (input, { user, vendor }) =>
    procureVendorLine({ vendorId: vendor.vendorId, lineId: input.lineId, actor: vendorActor(user.id) }),
);

export const markLinesProcuredAction = action(
  {
    permission: "vendor:orders:fulfil",
    input: z.object({
      lineIds: z
        .array(ZLineId)
        .min(1, "Select the lines to mark procured.")
        .max(MAX_BULK_PROCURE, `Mark at most ${MAX_BULK_PROCURE} lines procured at a time.`),
    }),
    revalidate: REVALIDATE,
  },
  async (input, { user, vendor }) =>
    procureVendorLines({ vendorId: vendor.vendorId, lineIds: input.lineIds, actor: vendorActor(user.id) }),
);

const ZCannotSource = z.object({
  lineId: ZLineId,
  reason: z
    .string()
    .trim()
    .min(3, "Say why you cannot source it (the customer sees it)")
    .max(500, "Keep the reason under 500 characters"),
});

export const markLineCannotSourceAction = action(
  {
    permission: "vendor:orders:fulfil",
    input: ZCannotSource,
    revalidate: REVALIDATE,
    audit: (input, r: { orderId: string; lineId: string; from: string; refundMinor: number }) => ({
      action: "vendor.line_unavailable",
      entityType: "OrderLine",
      entityId: r.lineId,
      before: { lineStatus: r.from },
      after: { lineStatus: "UNAVAILABLE", refundMinor: r.refundMinor },
      data: { orderId: r.orderId, reason: input.reason },
    }),
  },
  async (input, { user, vendor }) => {
    const r = await markVendorLineUnavailable({
      vendorId: vendor.vendorId,
      lineId: input.lineId,
      reason: input.reason,
      actor: vendorActor(user.id),
    });
    return {
      orderId: r.orderId,
      orderNumber: r.orderNumber,
      lineId: r.lineId,
      from: r.from,
      to: r.to,
      refundMinor: r.refundMinor,
    };
  },
);
