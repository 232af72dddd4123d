// POST /api/dev/paystack/transactions — emulator mode only: initialize a transaction (e2e tests, demos)
import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, initializeDevTransaction } from "@/lib/integrations/paystack/emulator";
import { ZTestInitialize } from "@/lib/integrations/paystack/emulator/schemas";

export const POST = route(async (req: Request) => {
  assertPaystackEmulatorEnabled();
  const input = ZTestInitialize.parse(await readJson(req));
  return NextResponse.json(await initializeDevTransaction(input), { status: 201 });
});
