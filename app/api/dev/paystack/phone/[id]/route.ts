// POST /api/dev/paystack/phone/[id] — approve or decline a Mobile Money prompt on the emulated phone
import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson, route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, decidePhonePrompt } from "@/lib/integrations/paystack/emulator";
import { ZPhoneDecision } from "@/lib/integrations/paystack/emulator/schemas";

type TCtx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: TCtx) => {
  assertPaystackEmulatorEnabled();
  const id = z.coerce
    .number()
    .int()
    .positive()
    .parse((await params).id);
  const { decision } = ZPhoneDecision.parse(await readJson(req));
  return NextResponse.json(await decidePhonePrompt(id, decision));
});
