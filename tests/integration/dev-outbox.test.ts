// The local outbox viewer's reads: outbox rows with what the emulators received for them.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env";
import { prisma } from "@/lib/db";
import { getDevOutboxEmail } from "@/lib/notifications/get-dev-outbox-email";
import { devOutboxChannels, listDevOutbox } from "@/lib/notifications/list-dev-outbox";
import { sendDueNotifications } from "@/lib/notifications/send-due-notifications";
import { uniq } from "../factories/catalog";

/** Tomorrow 12:00 Accra: outside SMS quiet hours. */
function noon(): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 12));
}
const phone = () => `+23324${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, "0")}`;

async function queue(channel: "SMS" | "EMAIL", recipient: string) {
  return prisma.notification.create({
    data: {
      channel,
      recipient,
      topic: "ORDER_UPDATES",
      templateKey: "order.shipped",
      data: { orderNumber: uniq("LI"), carrier: "DHL", trackingNumber: "DHL123" },
      dedupeKey: uniq("n"),
    },
  });
}

describe("the dev outbox", () => {
  it("exists only while messages are emulated in a deployment that also emulates Paystack", () => {
    const base = { DATABASE_URL: "postgresql://x@localhost/db" };
    expect(devOutboxChannels(parseServerEnv(base))).toEqual(["SMS", "EMAIL"]);
    const twilio = { TWILIO_ACCOUNT_SID: "AC1", TWILIO_AUTH_TOKEN: "t", TWILIO_FROM_NUMBER: "+15005550006" };
    expect(devOutboxChannels(parseServerEnv({ ...base, ...twilio }))).toEqual(["EMAIL"]);
    const postmark = { POSTMARK_SERVER_TOKEN: "pm", POSTMARK_WEBHOOK_SECRET: "a-webhook-secret-16+" };
    expect(devOutboxChannels(parseServerEnv({ ...base, ...twilio, ...postmark }))).toEqual([]);
    // A shop taking real payments never exposes its customers' messages here.
    expect(devOutboxChannels(parseServerEnv({ ...base, PAYSTACK_SECRET_KEY: "sk_live_abc" }))).toEqual([]);
  });

  it("shows a sent SMS as the emulator received it, and an email as it arrived", async () => {
    const to = phone();
    const mail = `c+${randomBytes(5).toString("hex")}@customers.test`;
    const sms = await queue("SMS", to);
    const email = await queue("EMAIL", mail);
    const waiting = await queue("EMAIL", `w+${randomBytes(5).toString("hex")}@customers.test`);
    await sendDueNotifications({ now: noon(), onlyIds: [sms.id, email.id] });

    const list = await listDevOutbox({ q: to });
    expect(list.rows.map((r) => r.id)).toEqual([sms.id]);
    expect(list.rows[0]!.status).toBe("SENT");
    expect(list.rows[0]!.sms?.body).toContain("shipped");
    expect(list.rows[0]!.sms?.segments).toBeGreaterThanOrEqual(1);
    expect(list.statusCounts.SENT).toBe(1);

    const received = await getDevOutboxEmail({ id: email.id });
    expect(received).toMatchObject({ source: "received", status: "SENT", recipient: mail });
    expect(received!.html).toContain("<html");
    expect(received!.text).toContain("shipped");

    // Not sent yet: the template rendered now, labelled a preview.
    const preview = await getDevOutboxEmail({ id: waiting.id });
    expect(preview).toMatchObject({ source: "preview", status: "QUEUED" });
    expect(preview!.subject).toContain("shipped");

    // An SMS row is not an email page.
    expect(await getDevOutboxEmail({ id: sms.id })).toBeNull();
  });

  it("filters by status and channel and pages newest first", async () => {
    const to = `p+${randomBytes(5).toString("hex")}@customers.test`;
    const ids: string[] = [];
    for (let i = 0; i < 32; i++) ids.push((await queue("EMAIL", to)).id);
    const first = await listDevOutbox({ q: to, channel: "EMAIL", status: "QUEUED" });
    expect(first.rows).toHaveLength(30);
    expect(first.rows[0]!.id).toBe(ids.at(-1));
    expect(first.rows[0]!.subject).toContain("shipped");
    const second = await listDevOutbox({ q: to, channel: "EMAIL", status: "QUEUED", cursor: first.nextCursor! });
    expect(second.rows.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    expect(second.nextCursor).toBeNull();
    expect((await listDevOutbox({ q: to, channel: "SMS" })).rows).toEqual([]);
    expect((await listDevOutbox({ q: to, status: "DELIVERED" })).rows).toEqual([]);
  });
});
