// POST /api/dev/paystack/checkout/[accessCode]/otp — submit the OTP the emulated checkout asked for
import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, checkoutSubmitOtp } from "@/lib/integrations/paystack/emulator";
import { ZOtpInput } from "@/lib/integrations/paystack/emulator/schemas";

type TCtx = { params: Promise<{ accessCode: string }> };

export const POST = route(async (req: Request, { params }: TCtx) => {
  assertPaystackEmulatorEnabled();
  const { otp } = ZOtpInput.parse(await readJson(req));
  return NextResponse.json(await checkoutSubmitOtp((await params).accessCode, otp));
});
