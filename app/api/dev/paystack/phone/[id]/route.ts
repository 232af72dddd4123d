// POST /api/dev/paystack/phone/[id] — approve or decline a Mobile Money prompt on the emulated phone
import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, decidePhonePrompt } from "@/lib/integrations/paystack/emulator";
import { ZPhoneDecision } from "@/lib/integrations/paystack/emulator/schemas";

const ZParams = z.object({ id: z.coerce.number().int().positive() });

export const POST = route(
  { permission: "public", params: ZParams, body: ZPhoneDecision },
  async (_req, { params, body }) => {
    assertPaystackEmulatorEnabled();
    return NextResponse.json(await decidePhonePrompt(params.id, body.decision));
  },
);
