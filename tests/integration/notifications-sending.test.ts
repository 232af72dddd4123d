// The outbox sender end to end: the real twilio and postmark SDKs talk to the in-app emulators,
// the emulators' status callbacks reach the real webhook route handlers, and the rows move
// QUEUED → SENT → DELIVERED | FAILED exactly once.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as postmarkWebhook } from "@/app/api/webhooks/postmark/route";
import { POST as twilioWebhook } from "@/app/api/webhooks/twilio/route";
import { prisma } from "@/lib/db";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { emailSender } from "@/lib/integrations/postmark/email";
import { deliverDuePostmarkWebhooks, listPostmarkEmulatorMessages } from "@/lib/integrations/postmark/emulator";
import { smsSender } from "@/lib/integrations/twilio/sms";
import {
  deliverDueTwilioCallbacks,
  listTwilioEmulatorMessages,
  TWILIO_MAGIC,
} from "@/lib/integrations/twilio/emulator";
import { claimDueNotifications, MAX_ATTEMPTS, sendDueNotifications } from "@/lib/notifications/send-due-notifications";
import { uniq } from "../factories/catalog";
import { createTestShopper } from "../factories/checkout";

const toTwilio = (url: string, init: RequestInit) => twilioWebhook(new Request(url, init));
const toPostmark = (url: string, init: RequestInit) => postmarkWebhook(new Request(url, init));

/** Tomorrow 12:00 Accra (= UTC): far from quiet hours and after every row's nextAttemptAt. */
function noon(offsetMs = 0): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 12) + offsetMs);
}

const phone = () => `+23324${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, "0")}`;
const email = (local = "c") => `${local}+${randomBytes(5).toString("hex")}@customers.test`;

async function queue(
  channel: NotificationChannel,
  recipient: string,
  extra: { templateKey?: string; userId?: string } = {},
) {
  return prisma.notification.create({
    data: {
      channel,
      recipient,
      userId: extra.userId ?? null,
      topic: "PAYMENTS",
      templateKey: extra.templateKey ?? "payment.received",
      data: { orderNumber: uniq("LI"), amount: "GH₵ 1,234.50", reference: "ref" },
      dedupeKey: uniq("n"),
    },
  });
}

const reload = (id: string) => prisma.notification.findUniqueOrThrow({ where: { id } });

describe("sending through the emulators", () => {
  it("sends an SMS with the twilio SDK, then the signed StatusCallback marks it DELIVERED", async () => {
    const n = await queue("SMS", phone());
    const r = await sendDueNotifications({ now: noon(), onlyIds: [n.id] });
    expect(r).toMatchObject({ claimed: 1, sent: 1 });
    const sent = await reload(n.id);
    expect(sent.status).toBe("SENT");
    expect(sent.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sent.attempts).toBe(1);
    const at = await listTwilioEmulatorMessages({ to: n.recipient });
    expect(at).toHaveLength(1);
    expect(at[0]!.sid).toBe(sent.providerMessageId);
    expect(at[0]!.body).toContain("GH₵ 1,234.50");

    await deliverDueTwilioCallbacks({
      now: new Date(Date.now() + 10_000),
      deliver: toTwilio,
      sids: [sent.providerMessageId!],
    });
    const delivered = await reload(n.id);
    expect(delivered.status).toBe("DELIVERED");
    expect(delivered.deliveredAt).not.toBeNull();
  });

  it("sends an email with the postmark SDK; Delivery and Bounce webhooks settle it", async () => {
    const ok = await queue("EMAIL", email());
    const bounce = await queue("EMAIL", email("bounce"));
    await sendDueNotifications({ now: noon(), onlyIds: [ok.id, bounce.id] });
    const [a, b] = [await reload(ok.id), await reload(bounce.id)];
    expect([a.status, b.status]).toEqual(["SENT", "SENT"]);
    expect(a.providerMessageId).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await listPostmarkEmulatorMessages({ to: ok.recipient });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.metadata).toEqual({ notificationId: ok.id });
    expect(stored[0]!.text_body).toContain("GH₵ 1,234.50");
    expect(stored[0]!.html_body).toContain("<html");

    await deliverDuePostmarkWebhooks({
      now: new Date(Date.now() + 10_000),
      deliver: toPostmark,
      messageIds: [a.providerMessageId!, b.providerMessageId!],
    });
    expect((await reload(ok.id)).status).toBe("DELIVERED");
    const bounced = await reload(bounce.id);
    expect(bounced.status).toBe("FAILED");
    expect(bounced.lastError).toContain("HardBounce");
  });

  it("retries a transient error with backoff, then succeeds", async () => {
    const n = await queue("SMS", TWILIO_MAGIC.flaky);
    const t0 = noon();
    expect(await sendDueNotifications({ now: t0, onlyIds: [n.id] })).toMatchObject({ retried: 1 });
    const waiting = await reload(n.id);
    expect(waiting.status).toBe("QUEUED");
    expect(waiting.lastError).toContain("20503");
    expect(waiting.providerMessageId).toBeNull();
    const delay = waiting.nextAttemptAt.getTime() - t0.getTime();
    expect(delay).toBeGreaterThanOrEqual(15_000);
    expect(delay).toBeLessThanOrEqual(30_000);
    // Not due yet: nothing happens.
    expect(await sendDueNotifications({ now: new Date(t0.getTime() + 10_000), onlyIds: [n.id] })).toMatchObject({
      claimed: 0,
    });
    expect(await sendDueNotifications({ now: new Date(t0.getTime() + 31_000), onlyIds: [n.id] })).toMatchObject({
      sent: 1,
    });
    const done = await reload(n.id);
    expect(done.status).toBe("SENT");
    expect(done.attempts).toBe(2);
  });

  it("fails a permanent error at once with the provider's reason", async () => {
    const sms = await queue("SMS", TWILIO_MAGIC.invalidNumber);
    const mail = await queue("EMAIL", email("inactive"));
    const bad = await queue("EMAIL", "not-an-address");
    await sendDueNotifications({ now: noon(), onlyIds: [sms.id, mail.id, bad.id] });
    const [a, b, c] = await Promise.all([reload(sms.id), reload(mail.id), reload(bad.id)]);
    expect([a.status, a.attempts]).toEqual(["FAILED", 1]);
    expect(a.lastError).toMatch(/Twilio 21211/);
    expect([b.status, b.attempts]).toEqual(["FAILED", 1]);
    expect(b.lastError).toMatch(/Postmark 406/);
    expect(c.status).toBe("FAILED");
    expect(c.lastError).toMatch(/Postmark 300/);
  });

  it("gives up after the maximum of attempts", async () => {
    const n = await queue("SMS", TWILIO_MAGIC.unavailable);
    let t = noon();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await sendDueNotifications({ now: t, onlyIds: [n.id] });
      t = new Date(t.getTime() + 2 * 60 * 60_000);
    }
    const row = await reload(n.id);
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.lastError).toContain(`Gave up after ${MAX_ATTEMPTS} attempts`);
    expect(await sendDueNotifications({ now: t, onlyIds: [n.id] })).toMatchObject({ claimed: 0 });
  });

  it("leaves IN_APP rows alone (they are read in-app, not sent)", async () => {
    const n = await queue("IN_APP", "in-app");
    expect(await sendDueNotifications({ now: noon(), onlyIds: [n.id] })).toMatchObject({ claimed: 0 });
    expect((await reload(n.id)).status).toBe("QUEUED");
  });
});

describe("exactly once", () => {
  it("two workers sending the same rows at once send each row once", async () => {
    const rows = await Promise.all(
      Array.from({ length: 24 }, (_, i) => queue(i % 2 ? "SMS" : "EMAIL", i % 2 ? phone() : email())),
    );
    const ids = rows.map((r) => r.id);
    const now = noon();
    const worker = async () => {
      let total = 0;
      for (;;) {
        const r = await sendDueNotifications({ now, limit: 3, onlyIds: ids });
        if (r.claimed === 0) return total;
        total += r.sent;
      }
    };
    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a + b).toBe(rows.length);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    for (const r of rows) {
      const at =
        r.channel === "SMS"
          ? await listTwilioEmulatorMessages({ to: r.recipient })
          : await listPostmarkEmulatorMessages({ to: r.recipient });
      expect(at, r.recipient).toHaveLength(1);
      expect((await reload(r.id)).status).toBe("SENT");
    }
  });

  it("a worker that died after the provider accepted the message: the next claim finds it and does not send again", async () => {
    const sms = await queue("SMS", phone());
    const mail = await queue("EMAIL", email());
    const now = noon();
    // Worker 1 claims and sends, then dies before marking the rows.
    const claimed = await claimDueNotifications(10, now, prisma, [sms.id, mail.id]);
    expect(claimed).toHaveLength(2);
    const { renderNotification } = await import("@/lib/notifications/templates");
    const smsText = (await renderNotification(sms.templateKey, sms.data as Record<string, unknown>)).sms;
    const first = await smsSender().send({ to: sms.recipient, body: smsText });
    const m = await renderNotification(mail.templateKey, mail.data as Record<string, unknown>);
    const firstMail = await emailSender().send({
      to: mail.recipient,
      subject: m.subject,
      text: m.text,
      html: m.html,
      metadata: { notificationId: mail.id },
    });
    expect(first.ok && firstMail.ok).toBe(true);
    // Within the lease nobody touches them; after it, worker 2 reconciles instead of resending.
    expect(
      await sendDueNotifications({ now: new Date(now.getTime() + 60_000), onlyIds: [sms.id, mail.id] }),
    ).toMatchObject({ claimed: 0 });
    expect(
      await sendDueNotifications({ now: new Date(now.getTime() + 6 * 60_000), onlyIds: [sms.id, mail.id] }),
    ).toMatchObject({ sent: 2 });
    expect((await listTwilioEmulatorMessages({ to: sms.recipient })).length).toBe(1);
    expect((await listPostmarkEmulatorMessages({ to: mail.recipient })).length).toBe(1);
    const [a, b] = [await reload(sms.id), await reload(mail.id)];
    expect(a.providerMessageId).toBe(first.ok ? first.providerMessageId : "");
    expect(b.providerMessageId).toBe(firstMail.ok ? firstMail.providerMessageId : "");
  });

  it("a worker that died before sending: the next claim sends it", async () => {
    const sms = await queue("SMS", phone());
    const now = noon();
    await claimDueNotifications(10, now, prisma, [sms.id]);
    expect(await sendDueNotifications({ now: new Date(now.getTime() + 6 * 60_000), onlyIds: [sms.id] })).toMatchObject({
      sent: 1,
    });
    expect(await listTwilioEmulatorMessages({ to: sms.recipient })).toHaveLength(1);
  });
});

describe("status callbacks", () => {
  it("a forged Twilio callback is refused with 403 and changes nothing; a replay changes nothing", async () => {
    const n = await queue("SMS", TWILIO_MAGIC.undelivered);
    await sendDueNotifications({ now: noon(), onlyIds: [n.id] });
    const sid = (await reload(n.id)).providerMessageId!;
    const forged = await twilioWebhook(
      new Request(`http://localhost:3000/api/webhooks/twilio?n=${n.id}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": "bm90IGEgc2lnbmF0dXJl" },
        body: new URLSearchParams({ MessageSid: sid, MessageStatus: "delivered" }).toString(),
      }),
    );
    expect(forged.status).toBe(403);
    expect((await reload(n.id)).status).toBe("SENT");

    // Capture the genuine callbacks to replay them.
    const captured: { url: string; init: RequestInit }[] = [];
    await deliverDueTwilioCallbacks({
      now: new Date(Date.now() + 10_000),
      sids: [sid],
      deliver: async (url, init) => {
        captured.push({ url, init });
        return toTwilio(url, init);
      },
    });
    const failed = await reload(n.id);
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toContain("30003");
    const mine = captured.filter((c) => String(c.init.body).includes(sid));
    expect(mine.length).toBeGreaterThan(0);
    for (const c of mine) {
      const res = await toTwilio(c.url, c.init);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ changed: false });
    }
    const after = await reload(n.id);
    expect([after.status, after.lastError, after.deliveredAt]).toEqual([
      failed.status,
      failed.lastError,
      failed.deliveredAt,
    ]);
  });

  it("a Postmark webhook without the right basic auth is refused with 403", async () => {
    const n = await queue("EMAIL", email());
    await sendDueNotifications({ now: noon(), onlyIds: [n.id] });
    const id = (await reload(n.id)).providerMessageId!;
    const body = JSON.stringify({ RecordType: "Delivery", MessageID: id, Metadata: { notificationId: n.id } });
    const bad = await postmarkWebhook(
      new Request("http://localhost:3000/api/webhooks/postmark", {
        method: "POST",
        headers: { authorization: `Basic ${Buffer.from("postmark:wrong").toString("base64")}` },
        body,
      }),
    );
    expect(bad.status).toBe(403);
    expect((await reload(n.id)).status).toBe("SENT");
  });
});

describe("preferences and quiet hours at send time", () => {
  it("does not send a channel the recipient switched off after it was queued", async () => {
    const user = await createTestShopper();
    const n = await queue("SMS", user.phone!, { userId: user.id });
    await prisma.notificationPreference.create({
      data: { userId: user.id, topic: "PAYMENTS", channel: "SMS", enabled: false },
    });
    await sendDueNotifications({ now: noon(), onlyIds: [n.id] });
    const row = await reload(n.id);
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toMatch(/^Not sent: the recipient turned SMS off for PAYMENTS/);
    expect(await listTwilioEmulatorMessages({ to: user.phone! })).toHaveLength(0);
  });

  it("postpones SMS to 07:00 Accra during quiet hours, except delivery-day messages; email goes at once", async () => {
    const late = noon(10 * 60 * 60_000); // 22:00 Accra
    const sms = await queue("SMS", phone());
    const dday = await queue("SMS", phone(), { templateKey: "delivery.out_for_delivery" });
    const mail = await queue("EMAIL", email());
    await sendDueNotifications({ now: late, onlyIds: [sms.id, dday.id, mail.id] });
    const [a, b, c] = await Promise.all([reload(sms.id), reload(dday.id), reload(mail.id)]);
    expect(a.status).toBe("QUEUED");
    expect(a.attempts).toBe(0);
    expect(a.nextAttemptAt.toISOString()).toBe(new Date(late.getTime() + 9 * 60 * 60_000).toISOString());
    expect(b.status).toBe("SENT");
    expect(c.status).toBe("SENT");
    await sendDueNotifications({ now: new Date(late.getTime() + 9 * 60 * 60_000), onlyIds: [sms.id] });
    expect((await reload(sms.id)).status).toBe("SENT");
  });
});
