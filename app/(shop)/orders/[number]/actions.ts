"use server";
// Cancel from the order page. A server action is a public POST endpoint: it reads the user
// from the session itself, and cancelOrder re-checks the rule under a row lock.
import { revalidatePath } from "next/cache";
import { z, ZodError } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { ZOrderNumber } from "@/lib/checkout/schemas";
import { isAppError } from "@/lib/errors";

const ZCancelInput = z.object({
  orderNumber: ZOrderNumber,
  reason: z.string().trim().max(300, "Keep the reason under 300 characters").optional(),
});

export async function cancelOrderAction(input: {
  orderNumber: string;
  reason?: string;
}): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const user = await requireUser();
    const { orderNumber, reason } = ZCancelInput.parse(input);
    await cancelOrder({ customerId: user.id, orderNumber, ...(reason ? { reason } : {}) });
    revalidatePath(`/orders/${orderNumber}`);
    revalidatePath("/orders");
    return { ok: true };
  } catch (e) {
    if (e instanceof ZodError) return { ok: false, message: e.issues[0]?.message ?? "Please check the reason." };
    if (isAppError(e)) return { ok: false, message: e.message };
    console.error("[cancel order]", e);
    return { ok: false, message: "Something went wrong on our side. Please try again." };
  }
}
