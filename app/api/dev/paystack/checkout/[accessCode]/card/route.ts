// POST /api/dev/paystack/checkout/[accessCode]/card — pay the emulated checkout by card
import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, checkoutPayWithCard } from "@/lib/integrations/paystack/emulator";
import { ZCardInput } from "@/lib/integrations/paystack/emulator/schemas";

const ZParams = z.object({ accessCode: z.string().min(1).max(100) });

export const POST = route(
  { permission: "public", params: ZParams, body: ZCardInput },
  async (_req, { params, body }) => {
    assertPaystackEmulatorEnabled();
    return NextResponse.json(await checkoutPayWithCard(params.accessCode, body));
  },
);
