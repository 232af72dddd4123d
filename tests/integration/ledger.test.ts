// The ledger on the real database: balanced by construction, idempotent per effect (also
// under concurrency), append-only, balances recomputed from lines, and the check that
// catches a payment recorded without its journal.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { toErrorBody } from "@/lib/errors";
import { ACCOUNTS, vendorPayable } from "@/lib/ledger/accounts";
import { checkLedger } from "@/lib/ledger/check-ledger";
import { getAccountBalance } from "@/lib/ledger/get-account-balance";
import { listJournals } from "@/lib/ledger/list-journals";
import { postJournal } from "@/lib/ledger/post-journal";
import { createTestProduct, uniq } from "../factories/catalog";
import { createTestOrder } from "../factories/orders";

const pay = (key: string, amount: number, extra: { orderId?: string } = {}) =>
  postJournal({
    kind: "ADJUSTMENT",
    idempotencyKey: key,
    description: "test",
    ...extra,
    lines: [
      { account: ACCOUNTS.paystackClearing, amountMinor: amount },
      { account: ACCOUNTS.escrow, amountMinor: -amount },
    ],
  });

describe("postJournal", () => {
  it("writes a balanced journal; the same effect twice returns the existing one", async () => {
    const key = uniq("j");
    const first = await pay(key, 1_234);
    expect(first.created).toBe(true);
    expect(first.journal.lines.map((l) => [l.account, l.amountMinor])).toEqual([
      ["paystack_clearing", 1_234],
      ["escrow", -1_234],
    ]);
    const again = await pay(key, 1_234);
    expect(again.created).toBe(false);
    expect(again.journal.id).toBe(first.journal.id);
    expect(await prisma.ledgerLine.count({ where: { journalId: first.journal.id } })).toBe(2);
  });

  it("refuses an unbalanced journal before writing anything", async () => {
    const key = uniq("j");
    const e = await postJournal({
      kind: "ADJUSTMENT",
      idempotencyKey: key,
      description: "unbalanced",
      lines: [
        { account: ACCOUNTS.escrow, amountMinor: 100 },
        { account: ACCOUNTS.paystackClearing, amountMinor: -99 },
      ],
    }).catch((x: unknown) => x);
    expect(toErrorBody(e)).toMatchObject({ status: 400, body: { error: { code: "BAD_REQUEST" } } });
    expect(toErrorBody(e).body.error.message).toMatch(/does not balance/);
    expect(await prisma.ledgerJournal.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it.each([
    [
      "an unknown account",
      [
        { account: "cash", amountMinor: 1 },
        { account: "escrow", amountMinor: -1 },
      ],
    ],
    [
      "a zero line",
      [
        { account: "escrow", amountMinor: 0 },
        { account: "refunds", amountMinor: 0 },
      ],
    ],
    ["a single line", [{ account: "escrow", amountMinor: 0 }]],
    [
      "a fractional amount",
      [
        { account: "escrow", amountMinor: 0.5 },
        { account: "refunds", amountMinor: -0.5 },
      ],
    ],
  ])("refuses %s", async (_name, lines) => {
    const e = await postJournal({
      kind: "ADJUSTMENT",
      idempotencyKey: uniq("j"),
      description: "bad",
      lines,
    }).catch((x: unknown) => x);
    expect(toErrorBody(e).status).toBe(400);
  });

  it("a key reused for different lines is a CONFLICT", async () => {
    const key = uniq("j");
    await pay(key, 500);
    expect(toErrorBody(await pay(key, 501).catch((x: unknown) => x)).status).toBe(409);
  });

  it("twenty concurrent posts of one effect make one journal", async () => {
    const key = uniq("j");
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        prisma.$transaction((tx) =>
          postJournal(
            {
              kind: "ADJUSTMENT",
              idempotencyKey: key,
              description: "race",
              lines: [
                { account: "refunds", amountMinor: 7 },
                { account: "paystack_clearing", amountMinor: -7 },
              ],
            },
            tx,
          ),
        ),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.journal.id)).size).toBe(1);
    expect(await prisma.ledgerLine.count({ where: { journal: { idempotencyKey: key } } })).toBe(2);
  });

  it("is append-only: the database refuses updates and deletes", async () => {
    const { journal } = await pay(uniq("j"), 10);
    await expect(
      prisma.ledgerLine.updateMany({ where: { journalId: journal.id }, data: { amountMinor: 11 } }),
    ).rejects.toThrow();
    await expect(prisma.ledgerJournal.delete({ where: { id: journal.id } })).rejects.toThrow();
  });
});

describe("balances and listing", () => {
  it("recomputes balances from lines, per account and per order", async () => {
    const { variants } = await createTestProduct();
    const { order } = await createTestOrder({ lines: [{ variantId: variants[0]!.id }] });
    await pay(uniq("j"), 3_000, { orderId: order.id });
    await pay(uniq("j"), 2_000, { orderId: order.id });
    const vendor = vendorPayable(uniq("v"));
    await postJournal({
      kind: "RELEASE",
      idempotencyKey: uniq("j"),
      description: "release",
      orderId: order.id,
      lines: [
        { account: ACCOUNTS.escrow, amountMinor: 4_000 },
        { account: vendor, amountMinor: -3_600 },
        { account: ACCOUNTS.platformRevenue, amountMinor: -400 },
      ],
    });
    expect(await getAccountBalance({ account: "escrow", orderId: order.id })).toMatchObject({
      balanceMinor: 1_000,
      signedMinor: -1_000,
      lineCount: 3,
    });
    expect(await getAccountBalance({ account: vendor })).toMatchObject({ balanceMinor: 3_600, lineCount: 1 });
    const listed = await listJournals({ orderId: order.id, limit: 2 });
    expect(listed.items).toHaveLength(2);
    expect(listed.nextCursor).not.toBeNull();
    const rest = await listJournals({ orderId: order.id, limit: 2, cursor: listed.nextCursor! });
    expect(rest.items).toHaveLength(1);
    expect((await listJournals({ account: vendor })).items.map((j) => j.kind)).toEqual(["RELEASE"]);
  });
});

describe("checkLedger", () => {
  it("passes on consistent data and names a succeeded payment that was never credited", async () => {
    const { variants } = await createTestProduct();
    const { order } = await createTestOrder({ lines: [{ variantId: variants[0]!.id }] });
    expect((await checkLedger({ orderIds: [order.id] })).ok).toBe(true);
    await prisma.payment.create({
      data: { orderId: order.id, kind: "FULL", reference: uniq("REF"), amountMinor: 10_000, status: "SUCCEEDED" },
    });
    const check = await checkLedger({ orderIds: [order.id] });
    expect(check.ok).toBe(false);
    expect(check.problems.join("\n")).toMatch(/credited 0 to escrow, expected 10000/);
    expect(check.problems.join("\n")).toMatch(/amountPaid 0 ≠ succeeded payments 10000/);
  });
});
