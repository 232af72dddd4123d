// GET /api/dev/paystack/checkout/[accessCode] — the emulator's hosted checkout state (polled while waiting)
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, getCheckoutView } from "@/lib/integrations/paystack/emulator";

type TCtx = { params: Promise<{ accessCode: string }> };

export const GET = route(async (_req: Request, { params }: TCtx) => {
  assertPaystackEmulatorEnabled();
  const view = await getCheckoutView((await params).accessCode);
  if (!view) throw new AppError("NOT_FOUND", "This payment link is not valid.");
  return NextResponse.json(view, { headers: { "cache-control": "no-store" } });
});
