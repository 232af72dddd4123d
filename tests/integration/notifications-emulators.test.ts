// The Twilio and Postmark emulators answer the unchanged SDKs with the real APIs' shapes and
// error codes, and sign their callbacks the way the SDKs' validators expect.
import { describe, expect, it } from "vitest";
import twilio from "twilio";
import { ServerClient } from "postmark";
import { handlePostmarkRequest, POSTMARK_API_ORIGIN } from "@/lib/integrations/postmark/emulator/api";
import { TwilioEmulatorRequestClient } from "@/lib/integrations/twilio/emulator/http-client";
import {
  countSegments,
  deliverDueTwilioCallbacks,
  handleTwilioRequest,
  TWILIO_MAGIC,
} from "@/lib/integrations/twilio/emulator";
import { deliverDuePostmarkWebhooks } from "@/lib/integrations/postmark/emulator";
import { randomBytes } from "node:crypto";

const SID = `AC${randomBytes(16).toString("hex")}`;
const TOKEN = "token-for-this-test";
const client = twilio(SID, TOKEN, { httpClient: new TwilioEmulatorRequestClient() });
const phone = () => `+23324${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, "0")}`;

describe("Twilio emulator", () => {
  it("creates a message: 201, SM sid, queued; fetch and list find it", async () => {
    const to = phone();
    const msg = await client.messages.create({
      to,
      from: "+15005550006",
      body: "Hello Accra",
      statusCallback: "http://cb.test/status",
    });
    expect(msg.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(msg.status).toBe("queued");
    expect(msg.numSegments).toBe("1");
    expect((await client.messages(msg.sid).fetch()).body).toBe("Hello Accra");
    const list = await client.messages.list({ to });
    expect(list.map((m) => m.sid)).toEqual([msg.sid]);
  });

  it("answers Twilio's error JSON: 21211 invalid number, 21610 unsubscribed, 20503 unavailable, 20003 bad auth", async () => {
    const res = await handleTwilioRequest(
      new Request(`https://api.twilio.com/2010-04-01/Accounts/${SID}/Messages.json`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ To: TWILIO_MAGIC.invalidNumber, From: "+15005550006", Body: "x" }).toString(),
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 21211,
      message: `Invalid 'To' Phone Number: ${TWILIO_MAGIC.invalidNumber}`,
      more_info: "https://www.twilio.com/docs/errors/21211",
      status: 400,
    });
    await expect(
      client.messages.create({ to: TWILIO_MAGIC.unsubscribed, from: "+15005550006", body: "x" }),
    ).rejects.toMatchObject({ code: 21610, status: 400 });
    await expect(
      client.messages.create({ to: TWILIO_MAGIC.unavailable, from: "+15005550006", body: "x" }),
    ).rejects.toMatchObject({ code: 20503, status: 503 });
    await expect(client.messages.create({ to: "0241234567", from: "+15005550006", body: "x" })).rejects.toMatchObject({
      code: 21211,
    });
    const noAuth = await handleTwilioRequest(
      new Request(`https://api.twilio.com/2010-04-01/Accounts/${SID}/Messages.json`, { method: "POST" }),
    );
    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toMatchObject({ code: 20003 });
  });

  it("posts sent then delivered StatusCallbacks that the SDK's validateRequest accepts", async () => {
    const to = phone();
    const url = "https://example.test/api/webhooks/twilio?n=abc";
    const msg = await client.messages.create({ to, from: "+15005550006", body: "Track me", statusCallback: url });
    const got: { status: string; valid: boolean }[] = [];
    await deliverDueTwilioCallbacks({
      now: new Date(Date.now() + 10_000),
      sids: [msg.sid],
      deliver: async (u, init) => {
        const params = Object.fromEntries(new URLSearchParams(String(init.body)));
        if (params.MessageSid === msg.sid) {
          const sig = new Headers(init.headers).get("x-twilio-signature")!;
          got.push({
            status: params.MessageStatus!,
            valid: twilio.validateRequest(TOKEN, sig, u, params) && !twilio.validateRequest("other", sig, u, params),
          });
        }
        return new Response("", { status: 200 });
      },
    });
    expect(got).toEqual([
      { status: "sent", valid: true },
      { status: "delivered", valid: true },
    ]);
    expect((await client.messages(msg.sid).fetch()).status).toBe("delivered");
  });

  it("counts GSM-7 and UCS-2 segments like Twilio", () => {
    expect(countSegments("a".repeat(160))).toMatchObject({ encoding: "GSM-7", segments: 1 });
    expect(countSegments("a".repeat(161))).toMatchObject({ segments: 2 });
    expect(countSegments("€".repeat(80))).toMatchObject({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(countSegments("GH₵ 5")).toMatchObject({ encoding: "UCS-2", segments: 1 });
    expect(countSegments("₵".repeat(71))).toMatchObject({ segments: 2 });
  });
});

describe("Postmark emulator", () => {
  const token = `pm-${randomBytes(6).toString("hex")}`;
  const hook = { url: "https://example.test/api/webhooks/postmark", username: "postmark", password: "pw" };
  const pm = new ServerClient(token, {
    fetch: (input: string | URL | Request, init?: RequestInit) =>
      handlePostmarkRequest(new Request(new URL(String(input), POSTMARK_API_ORIGIN), init), hook),
  });
  const send = (To: string) =>
    pm.sendEmail({
      From: "orders@londom.local",
      To,
      Subject: "Hi",
      TextBody: "Hello",
      Metadata: { notificationId: To },
    });

  it("answers {To, SubmittedAt, MessageID, ErrorCode 0, Message OK} and finds it by metadata", async () => {
    const to = `c-${randomBytes(4).toString("hex")}@customers.test`;
    const r = await send(to);
    expect(r).toMatchObject({ To: to, ErrorCode: 0, Message: "OK" });
    expect(r.MessageID).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(r.SubmittedAt))).toBe(false);
    const found = await pm.getOutboundMessages({ count: 10, offset: 0, recipient: to, metadata_notificationId: to });
    expect(found.Messages.map((m) => m.MessageID)).toEqual([r.MessageID]);
  });

  it("ErrorCode 300 for an invalid address, 406 for an inactive recipient, 10 without a token", async () => {
    await expect(send("nope")).rejects.toMatchObject({ code: 300, statusCode: 422 });
    await expect(send("inactive@customers.test")).rejects.toMatchObject({ code: 406, statusCode: 422 });
    const res = await handlePostmarkRequest(
      new Request(`${POSTMARK_API_ORIGIN}/email`, { method: "POST", body: "{}" }),
      null,
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ErrorCode: 10 });
  });

  it("sends a Delivery webhook, or a HardBounce after which the address is inactive, with basic auth", async () => {
    const ok = `c-${randomBytes(4).toString("hex")}@customers.test`;
    const bad = `bounce+${randomBytes(4).toString("hex")}@customers.test`;
    const [a, b] = [await send(ok), await send(bad)];
    const seen: Record<string, { type: string; auth: string | null }> = {};
    await deliverDuePostmarkWebhooks({
      now: new Date(Date.now() + 10_000),
      messageIds: [a.MessageID, b.MessageID],
      deliver: async (_u, init) => {
        const body = JSON.parse(String(init.body)) as { MessageID: string; RecordType: string };
        seen[body.MessageID] = { type: body.RecordType, auth: new Headers(init.headers).get("authorization") };
        return new Response("", { status: 200 });
      },
    });
    const auth = `Basic ${Buffer.from("postmark:pw").toString("base64")}`;
    expect(seen[a.MessageID]).toEqual({ type: "Delivery", auth });
    expect(seen[b.MessageID]).toEqual({ type: "Bounce", auth });
    await expect(send(bad)).rejects.toMatchObject({ code: 406 });
  });
});
