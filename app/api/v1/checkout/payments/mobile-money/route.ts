// POST /api/v1/checkout/payments/mobile-money — charge a Mobile Money wallet (MTN, Telecel, AirtelTigo); the customer approves on the phone.
import { NextResponse } from "next/server";
import { startMobileMoneyCharge } from "@/lib/payments/start-payment";
import { ZStartMobileMoneyBody } from "@/lib/checkout/schemas";
import { route } from "@/lib/http/route";

export const POST = route({ permission: "orders:place", body: ZStartMobileMoneyBody }, async (_req, { user, body }) =>
  NextResponse.json(await startMobileMoneyCharge({ customerId: user.id, ...body }), { status: 201 }),
);
