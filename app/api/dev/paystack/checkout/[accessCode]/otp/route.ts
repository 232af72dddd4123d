// POST /api/dev/paystack/checkout/[accessCode]/otp — submit the OTP the emulated checkout asked for
import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, checkoutSubmitOtp } from "@/lib/integrations/paystack/emulator";
import { ZOtpInput } from "@/lib/integrations/paystack/emulator/schemas";

const ZParams = z.object({ accessCode: z.string().min(1).max(100) });

export const POST = route(
  { permission: "public", params: ZParams, body: ZOtpInput },
  async (_req, { params, body }) => {
    assertPaystackEmulatorEnabled();
    return NextResponse.json(await checkoutSubmitOtp(params.accessCode, body.otp));
  },
);
