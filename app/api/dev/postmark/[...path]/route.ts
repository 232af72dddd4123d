// /api/dev/postmark/email, /api/dev/postmark/messages/outbound — the Postmark emulator over HTTP
// (emulator mode only; the app itself reaches it in-process through the postmark SDK's fetch option).
import { route } from "@/lib/http/route";
import { postmarkWebhookTarget } from "@/lib/integrations/postmark/email";
import { assertPostmarkEmulatorEnabled, handlePostmarkRequest } from "@/lib/integrations/postmark/emulator";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "public" }, async (req) => {
  assertPostmarkEmulatorEnabled();
  return handlePostmarkRequest(req, postmarkWebhookTarget());
});

export const POST = route({ permission: "public" }, async (req) => {
  assertPostmarkEmulatorEnabled();
  return handlePostmarkRequest(req, postmarkWebhookTarget());
});
