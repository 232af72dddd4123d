// POST /api/v1/checkout/payments/card — start a card payment (or a deposit balance) and get Paystack's authorization_url to redirect to.
import { NextResponse } from "next/server";
import { startCardPayment } from "@/lib/payments/start-payment";
import { ZStartCardBody } from "@/lib/checkout/schemas";
import { route } from "@/lib/http/route";

export const POST = route({ permission: "orders:place", body: ZStartCardBody }, async (_req, { user, body }) => {
  const { reference, amountMinor, kind, authorizationUrl } = await startCardPayment({ customerId: user.id, ...body });
  return NextResponse.json({ reference, amountMinor, kind, authorizationUrl }, { status: 201 });
});
