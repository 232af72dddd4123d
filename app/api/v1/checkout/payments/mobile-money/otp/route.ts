// POST /api/v1/checkout/payments/mobile-money/otp — the OTP step of a Mobile Money charge, when the network asks for one.
import { NextResponse } from "next/server";
import { submitMobileMoneyOtp } from "@/lib/payments/start-payment";
import { ZSubmitOtpBody } from "@/lib/checkout/schemas";
import { route } from "@/lib/http/route";

export const POST = route({ permission: "orders:place", body: ZSubmitOtpBody }, async (_req, { user, body }) =>
  NextResponse.json(await submitMobileMoneyOtp({ customerId: user.id, ...body })),
);
