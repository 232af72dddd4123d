// GET /api/dev/paystack/phone — what waits on the emulated customers' phones (prompts, OTP texts)
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, listPhonePrompts } from "@/lib/integrations/paystack/emulator";

export const GET = route({ permission: "public" }, async () => {
  assertPaystackEmulatorEnabled();
  return NextResponse.json({ prompts: await listPhonePrompts() }, { headers: { "cache-control": "no-store" } });
});
