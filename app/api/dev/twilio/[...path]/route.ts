// /api/dev/twilio/2010-04-01/Accounts/{sid}/Messages[.json|/{sid}.json] — the Twilio emulator over HTTP
// (emulator mode only; the app itself reaches it in-process through the twilio SDK's httpClient).
import { route } from "@/lib/http/route";
import { assertTwilioEmulatorEnabled, handleTwilioRequest } from "@/lib/integrations/twilio/emulator";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "public" }, async (req) => {
  assertTwilioEmulatorEnabled();
  return handleTwilioRequest(req);
});

export const POST = route({ permission: "public" }, async (req) => {
  assertTwilioEmulatorEnabled();
  return handleTwilioRequest(req);
});
