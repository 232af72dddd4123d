// Payout runs and transfer outcomes on the real database and the Paystack emulator (the
// same paystack-sdk path as production): one payout per vendor with its released lines,
// concurrent runs and retries paying each line once, transfer.success / failed / reversed
// moving the payout and its journals, and the ledger balanced after all of it.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { advanceEmulatorClock, topUpEmulatorBalance } from "@/lib/integrations/paystack/emulator";
import { signPaystackBody } from "@/lib/integrations/paystack/signature";
import { vendorPayable } from "@/lib/ledger/accounts";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { getAccountBalance } from "@/lib/ledger/get-account-balance";
import { payoutJournalKey, payoutReversalKey } from "@/lib/payouts/apply-transfer-outcome";
import { planPayouts } from "@/lib/payouts/payout-plan";
import { pollProcessingPayouts } from "@/lib/payouts/poll-processing-payouts";
import { transferReferenceFor } from "@/lib/payouts/references";
import { releaseDueEarnings } from "@/lib/payouts/release-due-earnings";
import { retryPayout } from "@/lib/payouts/retry-payout";
import { runPayouts } from "@/lib/payouts/run-payouts";
import { toErrorBody } from "@/lib/errors";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { deliverEmulatorWebhooks, postWebhook, processStoredEvents } from "../support/money-flows";
import { deliveredOrder, payoutShop, type TShop } from "../support/payout-flows";

const key = setupOwnPaystackIntegration("payouts");

const MIN = 60_000;
const payable = async (vendorId: string) =>
  (await getAccountBalance({ account: vendorPayable(vendorId) })).balanceMinor;

/** A vendor with a Mobile Money payout account (its number decides the emulator's outcome) and released lines. */
async function vendorWithEarnings(opts: { phone?: string; orders?: number; priceMinor?: number } = {}) {
  const s = await payoutShop({ priceMinor: opts.priceMinor ?? 10_000 });
  const orders = [];
  for (let i = 0; i < (opts.orders ?? 2); i++) orders.push(await deliveredOrder(s));
  await releaseDueEarnings({ vendorId: s.vendor.id });
  const recipient = await prisma.payoutRecipient.create({
    data: {
      vendorId: s.vendor.id,
      type: "MOBILE_MONEY",
      accountName: "Test Vendor",
      accountNumber:
        opts.phone ?? `024${String(Math.floor(Math.random() * 1e7)).padStart(7, "5")}`.replace(/(3333|4444)$/, "5555"),
      bankCode: "MTN",
      bankName: "MTN Mobile Money",
    },
  });
  await topUpEmulatorBalance(key, 1_000_000);
  return { s, orders, recipient, orderIds: orders.map((o) => o.order.id) };
}

/** Paystack settles the transfers; its webhooks reach the route and are processed. */
async function settle(payoutId: string) {
  await advanceEmulatorClock({ now: new Date(Date.now() + 5 * MIN), secretKey: key });
  const p = await prisma.payout.findUniqueOrThrow({ where: { id: payoutId } });
  await deliverEmulatorWebhooks(transferReferenceFor(p));
  return prisma.payout.findUniqueOrThrow({ where: { id: payoutId }, include: { items: true } });
}

const runFor = (s: TShop) => runPayouts({ vendorId: s.vendor.id });

describe("payout runs", () => {
  it("one payout per vendor with its released lines, sent by transfer, PAID on transfer.success with its journal and the vendor's messages", async () => {
    const { s, orders, recipient, orderIds } = await vendorWithEarnings({ orders: 2 });
    const run = await runFor(s);
    expect(run.created).toHaveLength(1);
    expect(run.created[0]).toMatchObject({ vendorId: s.vendor.id, amountMinor: 18_000, items: 2 });
    const sent = await prisma.payout.findUniqueOrThrow({
      where: { id: run.created[0]!.payoutId },
      include: { items: true },
    });
    expect(sent.status).toBe("PROCESSING");
    expect(sent.transferCode).toMatch(/^TRF_/);
    expect(sent.items.map((i) => i.orderLineId).sort()).toEqual(orders.map((o) => o.line.id).sort());
    expect(sent.items.every((i) => i.amountMinor === 9_000)).toBe(true);
    expect((await prisma.payoutRecipient.findUniqueOrThrow({ where: { id: recipient.id } })).recipientCode).toMatch(
      /^RCP_/,
    );

    const paid = await settle(sent.id);
    expect(paid.status).toBe("PAID");
    expect(paid.paidAt).not.toBeNull();
    const journal = await prisma.ledgerJournal.findUniqueOrThrow({
      where: { idempotencyKey: payoutJournalKey(sent.id, 1) },
      include: { lines: true },
    });
    expect(Object.fromEntries(journal.lines.map((l) => [l.account, l.amountMinor]))).toEqual({
      [vendorPayable(s.vendor.id)]: 18_000,
      paystack_clearing: -18_000,
    });
    expect(await payable(s.vendor.id)).toBe(0);
    const messages = await prisma.notification.findMany({
      where: { vendorId: s.vendor.id, templateKey: "vendor.payout_paid" },
    });
    expect(messages.length).toBeGreaterThanOrEqual(1);

    // Nothing left to pay: a second run creates nothing; a replayed webhook changes nothing.
    expect((await runFor(s)).created).toHaveLength(0);
    expect(await deliverEmulatorWebhooks(sent.reference)).toContain("transfer.success");
    expect(await prisma.ledgerJournal.count({ where: { payoutId: sent.id } })).toBe(1);
    expect((await checkLedger({ orderIds })).problems).toEqual([]);
  });

  it("concurrent runs pay each line once", async () => {
    const { s, orderIds } = await vendorWithEarnings({ orders: 3 });
    const runs = await Promise.all([runFor(s), runFor(s), runFor(s), runPayouts({ vendorId: s.vendor.id })]);
    expect(runs.flatMap((r) => r.created)).toHaveLength(1);
    const payouts = await prisma.payout.findMany({ where: { vendorId: s.vendor.id }, include: { items: true } });
    expect(payouts).toHaveLength(1);
    expect(payouts[0]!.items).toHaveLength(3);
    const paid = await settle(payouts[0]!.id);
    expect(paid.status).toBe("PAID");
    expect(await payable(s.vendor.id)).toBe(0);
    expect((await checkLedger({ orderIds })).problems).toEqual([]);
  });

  it("under the minimum, or without a payout account, a vendor waits (with the reason)", async () => {
    const small = await vendorWithEarnings({ orders: 1, priceMinor: 3_000 }); // 2 700 < GH₵ 50
    expect((await runFor(small.s)).created).toHaveLength(0);
    expect((await planPayouts({ vendorId: small.s.vendor.id })).blocked[0]).toMatchObject({
      blockedReason: "under the payout minimum",
      amountMinor: 2_700,
    });
    const s = await payoutShop();
    await deliveredOrder(s);
    await releaseDueEarnings({ vendorId: s.vendor.id });
    expect((await planPayouts({ vendorId: s.vendor.id })).blocked[0]?.blockedReason).toBe("no payout account");
  });
});

describe("transfer outcomes and retries", () => {
  it("transfer.failed → FAILED, no journal; a retry is a new transfer of the same payout, paid once; stale events change nothing", async () => {
    const { s, recipient, orderIds } = await vendorWithEarnings({ phone: "0241233333" });
    const [created] = (await runFor(s)).created;
    const failed = await settle(created!.payoutId);
    expect(failed.status).toBe("FAILED");
    expect(failed.failureReason).toMatch(/could not be credited/);
    expect(await prisma.ledgerJournal.count({ where: { payoutId: failed.id } })).toBe(0);
    expect(await payable(s.vendor.id)).toBe(18_000);
    // The lines stay in this payout: a run does not pay them again.
    expect((await runFor(s)).created).toHaveLength(0);

    // The vendor fixes the account.
    await prisma.payoutRecipient.update({
      where: { id: recipient.id },
      data: { accountNumber: "0241230001", recipientCode: null },
    });
    // Two retries and a payout run at once: one new transfer, no second payout.
    const [r1, r2, run] = await Promise.allSettled([
      retryPayout({ payoutId: failed.id }),
      retryPayout({ payoutId: failed.id }),
      runFor(s),
    ]);
    expect([r1, r2].filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(run.status === "fulfilled" && run.value.created).toEqual([]);
    expect(await prisma.payout.count({ where: { vendorId: s.vendor.id } })).toBe(1);
    const retried = await prisma.payout.findUniqueOrThrow({ where: { id: failed.id } });
    expect(retried).toMatchObject({ status: "PROCESSING", attempts: 2 });
    expect(transferReferenceFor(retried)).toBe(`${failed.reference}-r2`);

    const paid = await settle(failed.id);
    expect(paid.status).toBe("PAID");
    expect(paid.items).toHaveLength(2);
    // The first attempt's failure replayed after the success: stale, ignored.
    await deliverEmulatorWebhooks(failed.reference);
    expect((await prisma.payout.findUniqueOrThrow({ where: { id: failed.id } })).status).toBe("PAID");
    await expect(retryPayout({ payoutId: failed.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await prisma.ledgerJournal.count({ where: { payoutId: failed.id, kind: "PAYOUT" } })).toBe(1);
    expect(await payable(s.vendor.id)).toBe(0);
    expect((await checkLedger({ orderIds })).problems).toEqual([]);
  });

  it("a retry of a payout Paystack actually paid records the success and does not pay again", async () => {
    const { s } = await vendorWithEarnings();
    const [created] = (await runFor(s)).created;
    await advanceEmulatorClock({ now: new Date(Date.now() + 5 * MIN), secretKey: key }); // paid at Paystack
    // Our side wrongly believes it failed (a lost webhook, a mistaken mark).
    await prisma.payout.update({ where: { id: created!.payoutId }, data: { status: "FAILED" } });
    const refused = await retryPayout({ payoutId: created!.payoutId }).catch((e: unknown) => toErrorBody(e));
    expect(refused).toMatchObject({ body: { error: { code: "CONFLICT" } } });
    const p = await prisma.payout.findUniqueOrThrow({ where: { id: created!.payoutId } });
    expect(p).toMatchObject({ status: "PAID", attempts: 1 });
    expect(await payable(s.vendor.id)).toBe(0);
  });

  it("PAID then transfer.reversed: REVERSED with the reversal journal; the money is owed to the vendor again", async () => {
    const { s, orderIds } = await vendorWithEarnings({ phone: "0241234444" });
    const [created] = (await runFor(s)).created;
    const payout = await prisma.payout.findUniqueOrThrow({ where: { id: created!.payoutId } });
    // Paystack first reports the transfer a success…
    const success = JSON.stringify({
      event: "transfer.success",
      data: {
        id: Number(payout.providerTransferId),
        reference: payout.reference,
        transfer_code: payout.transferCode,
        status: "success",
        amount: payout.amountMinor,
      },
    });
    expect((await postWebhook(success, signPaystackBody(success, key))).status).toBe(200);
    await processStoredEvents(payout.reference);
    expect((await prisma.payout.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("PAID");
    expect(await payable(s.vendor.id)).toBe(0);
    // …then the receiving institution sends it back.
    const reversed = await settle(payout.id);
    expect(reversed.status).toBe("REVERSED");
    const reversal = await prisma.ledgerJournal.findUniqueOrThrow({
      where: { idempotencyKey: payoutReversalKey(payout.id, 1) },
      include: { lines: true },
    });
    expect(Object.fromEntries(reversal.lines.map((l) => [l.account, l.amountMinor]))).toEqual({
      paystack_clearing: 18_000,
      [vendorPayable(s.vendor.id)]: -18_000,
    });
    expect(await payable(s.vendor.id)).toBe(18_000);
    expect((await runFor(s)).created).toHaveLength(0); // the lines stay with this payout
    expect((await checkLedger({ orderIds })).problems).toEqual([]);
  });

  it("verification: a PROCESSING payout whose webhook was lost is settled by the poll", async () => {
    const { s } = await vendorWithEarnings();
    const [created] = (await runFor(s)).created;
    await advanceEmulatorClock({ now: new Date(Date.now() + 5 * MIN), secretKey: key }); // webhook never delivered
    await prisma.payout.update({
      where: { id: created!.payoutId },
      data: { updatedAt: new Date(Date.now() - 2 * MIN) },
    });
    const r = await pollProcessingPayouts();
    expect(r.changed).toBeGreaterThanOrEqual(1);
    expect((await prisma.payout.findUniqueOrThrow({ where: { id: created!.payoutId } })).status).toBe("PAID");
    expect(await payable(s.vendor.id)).toBe(0);
  });
});
