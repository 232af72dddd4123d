// POST /api/dev/paystack/checkout/[accessCode]/mobile-money — pay the emulated checkout with Mobile Money
import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, checkoutPayWithMobileMoney } from "@/lib/integrations/paystack/emulator";
import { ZMobileMoneyInput } from "@/lib/integrations/paystack/emulator/schemas";

const ZParams = z.object({ accessCode: z.string().min(1).max(100) });

export const POST = route(
  { permission: "public", params: ZParams, body: ZMobileMoneyInput },
  async (_req, { params, body }) => {
    assertPaystackEmulatorEnabled();
    return NextResponse.json(await checkoutPayWithMobileMoney(params.accessCode, body));
  },
);
