// POST /api/webhooks/paystack — verify, store, enqueue
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { PAYSTACK_SIGNATURE_HEADER } from "@/lib/integrations/paystack/signature";
import { receivePaystackWebhook } from "@/lib/payments/webhooks/receive-paystack-webhook";

export const dynamic = "force-dynamic";

// Public: authenticity is the HMAC signature over the raw body, checked by receivePaystackWebhook.
export const POST = route({ permission: "public", serverToServer: true }, async (req) => {
  // The raw bytes, not req.json() (nor req.text(), which would replace bytes that are not
  // UTF-8): the signature covers the exact bytes Paystack sent.
  const raw = new Uint8Array(await req.arrayBuffer());
  const ack = await receivePaystackWebhook({ raw, signature: req.headers.get(PAYSTACK_SIGNATURE_HEADER) });
  return NextResponse.json(ack.body, { status: ack.status });
});
