// GET /api/dev/paystack/checkout/[accessCode] — the emulator's hosted checkout state (polled while waiting)
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, getCheckoutView } from "@/lib/integrations/paystack/emulator";

const ZParams = z.object({ accessCode: z.string().min(1).max(100) });

export const GET = route({ permission: "public", params: ZParams }, async (_req, { params }) => {
  assertPaystackEmulatorEnabled();
  const view = await getCheckoutView(params.accessCode);
  if (!view) throw new AppError("NOT_FOUND", "This payment link is not valid.");
  return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
});
