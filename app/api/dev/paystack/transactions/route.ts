// POST /api/dev/paystack/transactions — emulator mode only: initialize a transaction (e2e tests, demos)
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { assertPaystackEmulatorEnabled, initializeDevTransaction } from "@/lib/integrations/paystack/emulator";
import { ZTestInitialize } from "@/lib/integrations/paystack/emulator/schemas";

export const POST = route({ permission: "public", body: ZTestInitialize }, async (_req, { body }) => {
  assertPaystackEmulatorEnabled();
  return NextResponse.json(await initializeDevTransaction(body), { status: 201 });
});
