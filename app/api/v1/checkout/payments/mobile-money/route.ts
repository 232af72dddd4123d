// POST /api/v1/checkout/payments/mobile-money — charge a Mobile Money wallet (MTN, Telecel, AirtelTigo); the customer approves on the phone.
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/guards";
import { startMobileMoneyCharge } from "@/lib/payments/start-payment";
import { ZStartMobileMoneyBody } from "@/lib/checkout/schemas";
import { readJson, route } from "@/lib/http/route";

export const POST = route(async (req) => {
  const user = await requireUser();
  const input = ZStartMobileMoneyBody.parse(await readJson(req));
  return NextResponse.json(await startMobileMoneyCharge({ customerId: user.id, ...input }), { status: 201 });
});
