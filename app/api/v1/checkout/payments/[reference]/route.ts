// GET /api/v1/checkout/payments/:reference — a payment's status for the in-page poll (re-verifies an open payment with Paystack).
import { NextResponse } from "next/server";
import { z } from "zod";
import { getPaymentStatus } from "@/lib/payments/start-payment";
import { ZPaymentReference } from "@/lib/checkout/schemas";
import { route } from "@/lib/http/route";

const ZParams = z.object({ reference: ZPaymentReference });

export const GET = route({ permission: "orders:read-own", params: ZParams }, async (_req, { user, params }) => {
  const status = await getPaymentStatus({ customerId: user.id, reference: params.reference });
  return NextResponse.json(status, { headers: { "Cache-Control": "no-store" } });
});
