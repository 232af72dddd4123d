// POST /api/dev/paystack/checkout/[accessCode]/mobile-money — pay the emulated checkout with Mobile Money
import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, checkoutPayWithMobileMoney } from "@/lib/integrations/paystack/emulator";
import { ZMobileMoneyInput } from "@/lib/integrations/paystack/emulator/schemas";

type TCtx = { params: Promise<{ accessCode: string }> };

export const POST = route(async (req: Request, { params }: TCtx) => {
  assertPaystackEmulatorEnabled();
  const input = ZMobileMoneyInput.parse(await readJson(req));
  return NextResponse.json(await checkoutPayWithMobileMoney((await params).accessCode, input));
});
