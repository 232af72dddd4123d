// POST /api/v1/checkout/payments/card — start a card payment (or a deposit balance) and get Paystack's authorization_url to redirect to.
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/guards";
import { checkoutService } from "@/lib/customer-checkout/checkout-service";
import { ZStartCardBody } from "@/lib/checkout/schemas";
import { readJson, route } from "@/lib/http/route";

export const POST = route(async (req) => {
  const user = await requireUser();
  const input = ZStartCardBody.parse(await readJson(req));
  return NextResponse.json(await checkoutService.startCard(user.id, input), { status: 201 });
});
