// POST /api/v1/checkout/payments/mobile-money/otp — the OTP step of a Mobile Money charge, when the network asks for one.
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/guards";
import { submitMobileMoneyOtp } from "@/lib/payments/start-payment";
import { ZSubmitOtpBody } from "@/lib/checkout/schemas";
import { readJson, route } from "@/lib/http/route";

export const POST = route(async (req) => {
  const user = await requireUser();
  const input = ZSubmitOtpBody.parse(await readJson(req));
  return NextResponse.json(await submitMobileMoneyOtp({ customerId: user.id, ...input }));
});
