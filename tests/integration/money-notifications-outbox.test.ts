// The outbox writer of the money core: SMS + EMAIL unless the customer switched a channel
// off for the topic, the order's contact wins over the profile, and the same effect is
// queued once however often it is enqueued.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { enqueueNotification, notifyCustomer } from "@/lib/notifications/enqueue";
import { uniq } from "../factories/catalog";
import { createTestShopper } from "../factories/checkout";

describe("notifyCustomer", () => {
  it("queues SMS and EMAIL by default, once per dedupe key", async () => {
    const shopper = await createTestShopper();
    const key = uniq("effect");
    const input = {
      userId: shopper.id,
      topic: "PAYMENTS" as const,
      templateKey: "payment.received",
      data: { orderNumber: "LI-TEST01" },
      dedupeKey: key,
    };
    expect(await notifyCustomer(input)).toBe(2);
    expect(await notifyCustomer(input)).toBe(0);
    const rows = await prisma.notification.findMany({ where: { userId: shopper.id } });
    const got = rows.map((r) => `${r.channel} ${r.recipient} ${r.status}`).sort();
    expect(got).toEqual([`EMAIL ${shopper.email} QUEUED`, `SMS ${shopper.phone} QUEUED`]);
  });

  it("respects a channel switched off for the topic and prefers the order's contact", async () => {
    const shopper = await createTestShopper();
    await prisma.notificationPreference.create({
      data: { userId: shopper.id, topic: "ORDER_UPDATES", channel: "SMS", enabled: false },
    });
    const n = await notifyCustomer({
      userId: shopper.id,
      topic: "ORDER_UPDATES",
      templateKey: "order.cancelled",
      data: {},
      dedupeKey: uniq("effect"),
      contact: { email: "order-contact@customers.test", phone: "+233209999999" },
    });
    expect(n).toBe(1);
    const rows = await prisma.notification.findMany({ where: { userId: shopper.id } });
    expect(rows.map((r) => [r.channel, r.recipient])).toEqual([["EMAIL", "order-contact@customers.test"]]);
  });

  it("enqueueNotification is idempotent inside a transaction (no aborted transaction on a duplicate)", async () => {
    const shopper = await createTestShopper();
    const dedupeKey = uniq("effect");
    const row = {
      userId: shopper.id,
      channel: "EMAIL" as const,
      topic: "ACCOUNT" as const,
      templateKey: "t",
      recipient: shopper.email,
      data: {},
      dedupeKey,
    };
    const results = await prisma.$transaction(async (tx) => [
      await enqueueNotification(row, tx),
      await enqueueNotification(row, tx),
      await tx.user.count({ where: { id: shopper.id } }),
    ]);
    expect(results).toEqual([true, false, 1]);
  });
});
