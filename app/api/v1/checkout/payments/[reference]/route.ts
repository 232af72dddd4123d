// GET /api/v1/checkout/payments/:reference — a payment's status for the in-page poll (re-verifies an open payment with Paystack).
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/guards";
import { getPaymentStatus } from "@/lib/payments/start-payment";
import { ZPaymentReference } from "@/lib/checkout/schemas";
import { route } from "@/lib/http/route";

export const GET = route<{ params: Promise<{ reference: string }> }>(async (_req, ctx) => {
  const user = await requireUser();
  const reference = ZPaymentReference.parse((await ctx.params).reference);
  const status = await getPaymentStatus({ customerId: user.id, reference });
  return NextResponse.json(status, { headers: { "Cache-Control": "no-store" } });
});
