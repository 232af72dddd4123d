"use server";
// Cancel from the order page. cancelOrder re-checks the rule under a row lock, for the
// session's customer only.
import { z } from "zod";
import { ZOrderNumber } from "@/lib/checkout/schemas";
import { action } from "@/lib/http/action";
import { cancelOrder } from "@/lib/orders/cancel-order";

const ZCancelInput = z.object({
  orderNumber: ZOrderNumber,
  reason: z.string().trim().max(300, "Keep the reason under 300 characters").optional(),
});

export const cancelOrderAction = action(
  {
    permission: "orders:cancel-own",
    input: ZCancelInput,
    revalidate: ({ orderNumber }) => [`/orders/${orderNumber}`, "/orders"],
  },
  async ({ orderNumber, reason }, { user }) => {
    const r = await cancelOrder({ customerId: user.id, orderNumber, ...(reason ? { reason } : {}) });
    return { status: r.status };
  },
);
