// POST /api/dev/paystack/checkout/[accessCode]/cancel — "Cancel payment": back to the callback URL
import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, checkoutCancel } from "@/lib/integrations/paystack/emulator";

const ZParams = z.object({ accessCode: z.string().min(1).max(100) });

export const POST = route({ permission: "public", params: ZParams }, async (_req, { params }) => {
  assertPaystackEmulatorEnabled();
  return NextResponse.json(await checkoutCancel(params.accessCode));
});
