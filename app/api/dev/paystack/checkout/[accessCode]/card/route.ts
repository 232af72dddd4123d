// POST /api/dev/paystack/checkout/[accessCode]/card — pay the emulated checkout by card
import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, checkoutPayWithCard } from "@/lib/integrations/paystack/emulator";
import { ZCardInput } from "@/lib/integrations/paystack/emulator/schemas";

type TCtx = { params: Promise<{ accessCode: string }> };

export const POST = route(async (req: Request, { params }: TCtx) => {
  assertPaystackEmulatorEnabled();
  const input = ZCardInput.parse(await readJson(req));
  return NextResponse.json(await checkoutPayWithCard((await params).accessCode, input));
});
