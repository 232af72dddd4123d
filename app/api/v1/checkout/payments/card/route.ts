// POST /api/v1/checkout/payments/card — start a card payment (or a deposit balance) and get Paystack's authorization_url to redirect to.
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/guards";
import { startCardPayment } from "@/lib/payments/start-payment";
import { ZStartCardBody } from "@/lib/checkout/schemas";
import { readJson, route } from "@/lib/http/route";

export const POST = route(async (req) => {
  const user = await requireUser();
  const input = ZStartCardBody.parse(await readJson(req));
  const { reference, amountMinor, kind, authorizationUrl } = await startCardPayment({ customerId: user.id, ...input });
  return NextResponse.json({ reference, amountMinor, kind, authorizationUrl }, { status: 201 });
});
