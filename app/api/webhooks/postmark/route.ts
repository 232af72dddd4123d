// POST /api/webhooks/postmark — Postmark Delivery and Bounce webhooks
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { receivePostmarkWebhook } from "@/lib/notifications/receive-postmark-webhook";

export const dynamic = "force-dynamic";

// Public: authenticated by the basic auth in the webhook URL, checked by receivePostmarkWebhook (403 otherwise).
export const POST = route({ permission: "public", serverToServer: true }, async (req) => {
  const r = await receivePostmarkWebhook({ authorization: req.headers.get("authorization"), raw: await req.text() });
  return NextResponse.json({ ok: r.status === 200, changed: r.changed }, { status: r.status });
});
