// The Paystack emulator's money going out, through the real paystack-sdk on the real database:
// refunds (partial, full, failed), transfer recipients and transfers, balance, settlements.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  advanceEmulatorClock,
  decidePhonePrompt,
  installPaystackEmulator,
  listPhonePrompts,
} from "@/lib/integrations/paystack/emulator";
import {
  api,
  FUTURE,
  ownIntegration,
  paidTransaction,
  receiver,
  refusal,
  signedEvents,
  uid,
  type TReceiver,
} from "../support/paystack-emulator";

let hooks: TReceiver;
const integration = () => ownIntegration(hooks.url);
const events = (key: string, reference: string) => signedEvents(hooks, key, reference);

beforeAll(async () => {
  installPaystackEmulator();
  hooks = await receiver();
});
afterAll(() => hooks.close());

describe("Paystack emulator: refunds, transfers, settlements", () => {
  it("refunds partially and fully (pending → processing → processed) and refuses over-refunds", async () => {
    const { key, ps } = await integration();
    const reference = await paidTransaction(ps, 10_000);

    const partial = (await ps.refund.create({ transaction: reference, amount: 4000 })) as {
      message: string;
      data: { id: number; status: string; amount: number };
    };
    expect(partial).toMatchObject({
      message: "Refund has been queued for processing",
      data: { status: "pending", amount: 4000 },
    });
    expect(await refusal(ps.refund.create({ transaction: reference, amount: 7000 }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/cannot be greater/),
    });
    expect(await refusal(ps.refund.create({ transaction: reference, amount: 20_000 }))).toMatchObject({
      status: 400,
      message: "Refund amount cannot be greater than transaction amount",
    });

    await advanceEmulatorClock({ now: FUTURE(), secretKey: key });
    expect(
      (
        (await ps.refund.fetch(partial.data.id)) as unknown as {
          data: { status: string; transaction_reference: string };
        }
      ).data,
    ).toMatchObject({
      status: "processed",
      transaction_reference: reference,
    });
    expect(((await ps.transaction.verify(reference)) as { data: { status: string } }).data.status).toBe("success");

    const rest = (await ps.refund.create({ transaction: reference })) as { data: { amount: number } };
    expect(rest.data.amount).toBe(6000);
    await advanceEmulatorClock({ now: FUTURE(), secretKey: key });
    expect(((await ps.transaction.verify(reference)) as { data: { status: string } }).data.status).toBe("reversed");
    expect(await refusal(ps.refund.create({ transaction: reference }))).toMatchObject({
      status: 400,
      message: "Transaction has been fully reversed",
    });

    const list = (await ps.refund.list({ transaction: reference } as never)) as unknown as {
      data: { status: string }[];
      meta: { total: number };
    };
    expect(list.meta.total).toBe(2);
    expect(list.data.every((r) => r.status === "processed")).toBe(true);

    await vi.waitFor(
      () => {
        const names = events(key, reference).map((h) => (JSON.parse(h.body) as { event: string }).event);
        expect(names.filter((n) => n === "refund.processed")).toHaveLength(2);
        expect(names).toContain("refund.pending");
        expect(names).toContain("refund.processing");
      },
      { timeout: 5000 },
    );
  });

  it("fails refunds of a wallet that cannot be credited and gives the amount back", async () => {
    const { key, ps } = await integration();
    const charged = (await ps.charge.create({
      email: "f@example.com",
      amount: "3000",
      mobile_money: { phone: "0241233333", provider: "mtn" },
    } as never)) as { data: { reference: string } };
    const prompt = (await listPhonePrompts()).find((p) => p.reference === charged.data.reference)!;
    await decidePhonePrompt(prompt.id, "approve");
    const refund = (await ps.refund.create({ transaction: charged.data.reference })) as { data: { id: number } };
    await advanceEmulatorClock({ now: FUTURE(), secretKey: key });
    expect(((await ps.refund.fetch(refund.data.id)) as { data: { status: string } }).data.status).toBe("failed");
    await vi.waitFor(
      () => expect(events(key, charged.data.reference).some((h) => h.body.includes('"refund.failed"'))).toBe(true),
      { timeout: 5000 },
    );
    // the failed amount may be refunded again
    expect(
      ((await ps.refund.create({ transaction: charged.data.reference })) as { data: { amount: number } }).data.amount,
    ).toBe(3000);
  });

  it("pays out by transfer: recipients, idempotent references, success, failed, reversed, balance", async () => {
    const { key, ps } = await integration();
    await paidTransaction(ps, 100_000);
    const balance = async () => ((await api(key, "/balance")).json.data[0] as { balance: number }).balance;
    expect(await balance()).toBe(100_000 - 1950);

    const recipient = async (account: string) =>
      (
        (await ps.recipient.create({
          type: "mobile_money",
          name: "Akosua Vendor",
          account_number: account,
          bank_code: "MTN",
          currency: "GHS",
        })) as { data: { recipient_code: string; details: { bank_name: string } } }
      ).data;
    const good = await recipient("0241234567");
    expect(good.recipient_code).toMatch(/^RCP_/);
    expect(good.details.bank_name).toBe("MTN");
    expect((await recipient("0241234567")).recipient_code).toBe(good.recipient_code);
    expect(
      await refusal(
        ps.recipient.create({ type: "mobile_money", name: "X", account_number: "0241234567", bank_code: "XYZ" }),
      ),
    ).toMatchObject({ status: 400, message: "Invalid bank code" });

    const reference = `payout_${uid()}`;
    const first = (await ps.transfer.initiate({
      source: "balance",
      amount: 5000,
      recipient: good.recipient_code,
      reference,
      reason: "Payout",
    })) as { message: string; data: { id: number; status: string; transfer_code: string } };
    expect(first).toMatchObject({
      message: "Transfer has been queued",
      data: { status: "pending", transfer_code: expect.stringMatching(/^TRF_/) },
    });
    const again = (await ps.transfer.initiate({
      source: "balance",
      amount: 5000,
      recipient: good.recipient_code,
      reference,
    })) as { data: { id: number } };
    expect(again.data.id).toBe(first.data.id);
    expect(
      await refusal(
        ps.transfer.initiate({ source: "balance", amount: 6000, recipient: good.recipient_code, reference }),
      ),
    ).toMatchObject({ status: 400, message: "Duplicate Transfer Reference" });
    expect(await balance()).toBe(100_000 - 1950 - 5000);
    expect(
      await refusal(ps.transfer.initiate({ source: "balance", amount: 10_000_000, recipient: good.recipient_code })),
    ).toMatchObject({
      status: 400,
      message: "Your balance is not enough to fulfil this request",
    });

    const failedRef = `payout_${uid()}`;
    const reversedRef = `payout_${uid()}`;
    await ps.transfer.initiate({
      source: "balance",
      amount: 1000,
      recipient: (await recipient("0241233333")).recipient_code,
      reference: failedRef,
    });
    await ps.transfer.initiate({
      source: "balance",
      amount: 1000,
      recipient: (await recipient("0241234444")).recipient_code,
      reference: reversedRef,
    });

    await advanceEmulatorClock({ now: FUTURE(), secretKey: key });
    const verified = await api(key, `/transfer/verify/${reference}`);
    expect(verified.json).toMatchObject({
      message: "Transfer retrieved",
      data: { status: "success", reference, amount: 5000, recipient: { recipient_code: good.recipient_code } },
    });
    expect((await api(key, `/transfer/verify/${failedRef}`)).json.data.status).toBe("failed");
    expect((await api(key, `/transfer/verify/${reversedRef}`)).json.data.status).toBe("reversed");
    expect(await balance()).toBe(100_000 - 1950 - 5000);

    const listed = (await ps.transfer.list({ perPage: 2 })) as unknown as {
      data: unknown[];
      meta: { total: number; pageCount: number };
    };
    expect(listed.data).toHaveLength(2);
    expect(listed.meta).toMatchObject({ total: 3, pageCount: 2 });
    await vi.waitFor(
      () => {
        expect(events(key, reference).map((h) => (JSON.parse(h.body) as { event: string }).event)).toEqual([
          "transfer.success",
        ]);
        expect(events(key, failedRef).some((h) => h.body.includes('"transfer.failed"'))).toBe(true);
        expect(events(key, reversedRef).some((h) => h.body.includes('"transfer.reversed"'))).toBe(true);
      },
      { timeout: 5000 },
    );
  });

  it("settles paid transactions after the settlement delay", async () => {
    const { key, ps } = await integration();
    await paidTransaction(ps, 20_000);
    await paidTransaction(ps, 30_000);
    expect(((await ps.settlement.list()) as unknown as { data: unknown[] }).data).toHaveLength(0);
    await advanceEmulatorClock({ now: FUTURE(), secretKey: key });
    const list = (await ps.settlement.list()) as unknown as {
      data: { id: number; total_processed: number; total_fees: number; total_amount: number; status: string }[];
    };
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({
      total_processed: 50_000,
      total_fees: 975,
      total_amount: 49_025,
      status: "success",
    });
    const txs = await api(key, `/settlement/${list.data[0]!.id}/transactions`);
    expect(txs.json.data).toHaveLength(2);
  });
});
