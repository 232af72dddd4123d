// POST /api/dev/paystack/checkout/[accessCode]/cancel — "Cancel payment": back to the callback URL
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, checkoutCancel } from "@/lib/integrations/paystack/emulator";

type TCtx = { params: Promise<{ accessCode: string }> };

export const POST = route(async (_req: Request, { params }: TCtx) => {
  assertPaystackEmulatorEnabled();
  return NextResponse.json(await checkoutCancel((await params).accessCode));
});
