// POST /api/webhooks/twilio — Twilio StatusCallback (SMS delivery reports)
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { receiveTwilioStatus } from "@/lib/notifications/receive-twilio-status";

export const dynamic = "force-dynamic";

// Public: authenticity is X-Twilio-Signature, checked by receiveTwilioStatus (403 when forged).
export const POST = route({ permission: "public", serverToServer: true }, async (req) => {
  const url = new URL(req.url);
  const r = await receiveTwilioStatus({
    pathAndQuery: url.pathname + url.search,
    signature: req.headers.get("x-twilio-signature"),
    form: new URLSearchParams(await req.text()),
  });
  return NextResponse.json({ ok: r.status === 200, changed: r.changed }, { status: r.status });
});
