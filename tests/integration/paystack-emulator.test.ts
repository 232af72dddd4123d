// The Paystack emulator through the real paystack-sdk (its global fetch is routed to the
// emulator), on the real database: transactions, charges, lists, webhooks. Each test uses its
// own integration (secret key), so its lists and totals are its own; webhooks go to a local
// receiver, never to an app. Refunds, transfers and settlements: paystack-emulator-payouts.test.ts.
import Paystack from "paystack-sdk";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  advanceEmulatorClock,
  checkoutCancel,
  checkoutPayWithCard,
  checkoutPayWithMobileMoney,
  checkoutSubmitOtp,
  decidePhonePrompt,
  deliverPendingEmulatorWebhooks,
  getCheckoutView,
  installPaystackEmulator,
  listEmulatorWebhooks,
  listPhonePrompts,
} from "@/lib/integrations/paystack/emulator";
import { paystack } from "@/lib/integrations/paystack/client";
import { listMobileMoneyProviders, verifyTransaction } from "@/lib/integrations/paystack/api";
import { isValidPaystackSignature, signPaystackBody } from "@/lib/integrations/paystack/signature";
import {
  api,
  CARD_OK,
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
const integration = (webhookUrl = hooks.url) => ownIntegration(webhookUrl);
const events = (key: string, reference: string) => signedEvents(hooks, key, reference);

beforeAll(async () => {
  installPaystackEmulator();
  hooks = await receiver();
});
afterAll(() => hooks.close());

describe("Paystack emulator through paystack-sdk", () => {
  it("initializes, verifies abandoned, takes a card payment and verifies success with fees", async () => {
    const { key, ps } = await integration();
    const reference = `ord-${uid()}`;
    const init = (await ps.transaction.initialize({
      email: "ama@example.com",
      amount: "123456",
      reference,
      callback_url: "https://shop.test/pay/callback?x=1",
    })) as {
      status: boolean;
      message: string;
      data: { authorization_url: string; access_code: string; reference: string };
    };
    expect(init).toMatchObject({ status: true, message: "Authorization URL created", data: { reference } });
    expect(init.data.authorization_url).toMatch(new RegExp(`/dev/paystack/checkout/${init.data.access_code}$`));

    const before = (await ps.transaction.verify(reference)) as { data: { status: string; amount: number } };
    expect(before.data).toMatchObject({ status: "abandoned", amount: 123456 });

    const view = await checkoutPayWithCard(init.data.access_code, CARD_OK);
    expect(view.status).toBe("success");
    expect(view.redirectUrl).toBe(`https://shop.test/pay/callback?x=1&trxref=${reference}&reference=${reference}`);

    const after = (await ps.transaction.verify(reference)) as unknown as {
      message: string;
      data: Record<string, unknown> & { authorization: Record<string, unknown>; customer: { email: string } };
    };
    expect(after.message).toBe("Verification successful");
    expect(after.data).toMatchObject({
      status: "success",
      amount: 123456,
      currency: "GHS",
      channel: "card",
      fees: 2407,
      gateway_response: "Successful",
      reference,
    });
    expect(after.data.authorization).toMatchObject({ last4: "4081", bin: "408408", channel: "card", reusable: true });
    expect(after.data.customer.email).toBe("ama@example.com");
    expect(after.data.paid_at).toEqual(expect.any(String));

    await vi.waitFor(() => expect(events(key, reference)).toHaveLength(1), { timeout: 5000 });
    const event = JSON.parse(events(key, reference)[0]!.body) as {
      event: string;
      data: { reference: string; amount: number; status: string };
    };
    expect(event).toMatchObject({ event: "charge.success", data: { reference, amount: 123456, status: "success" } });
  });

  it("rejects a duplicate reference, unknown references and bad input like Paystack", async () => {
    const { ps } = await integration();
    const reference = `dup-${uid()}`;
    await ps.transaction.initialize({ email: "a@example.com", amount: "5000", reference });
    expect(
      await refusal(ps.transaction.initialize({ email: "b@example.com", amount: "7000", reference })),
    ).toMatchObject({
      status: 400,
      message: "Duplicate Transaction Reference",
    });
    expect(await refusal(ps.transaction.verify(`nope-${uid()}`))).toMatchObject({
      status: 404,
      message: "Transaction reference not found",
    });
    expect(await refusal(ps.transaction.initialize({ email: "not-an-email", amount: "5000" }))).toMatchObject({
      status: 400,
      message: "Invalid Email Address Passed",
    });
    expect(await refusal(ps.transaction.initialize({ email: "a@example.com", amount: "12.50" }))).toMatchObject({
      status: 400,
      message: "Invalid Amount Sent",
    });
    expect(
      await refusal(ps.transaction.initialize({ email: "a@example.com", amount: "100", currency: "NGN" })),
    ).toMatchObject({ status: 400, message: "Currency not supported by merchant" });
  });

  it("answers 401 Invalid key for a key that is not an emulator key", async () => {
    expect(await refusal(new Paystack("sk_test_not_a_real_key").transaction.list())).toEqual({
      status: 401,
      message: "Invalid key",
      code: undefined,
    });
    const res = await fetch("https://api.paystack.co/transaction", { headers: { Authorization: "Bearer nonsense" } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ status: false, message: "Invalid key" });
  });

  it("declines the decline card and walks the OTP card through send_otp", async () => {
    const { ps } = await integration();
    const declined = (await ps.transaction.initialize({ email: "d@example.com", amount: "1000" })) as {
      data: { access_code: string; reference: string };
    };
    const v1 = await checkoutPayWithCard(declined.data.access_code, { ...CARD_OK, number: "5060666666666666666" });
    expect(v1).toMatchObject({ status: "failed", gatewayResponse: "Declined", redirectUrl: null });
    expect(((await ps.transaction.verify(declined.data.reference)) as { data: { status: string } }).data.status).toBe(
      "failed",
    );
    // the customer retries on the same checkout with the good card
    expect((await checkoutPayWithCard(declined.data.access_code, CARD_OK)).status).toBe("success");

    const otp = (await ps.transaction.initialize({ email: "o@example.com", amount: "2000" })) as {
      data: { access_code: string; reference: string };
    };
    const v2 = await checkoutPayWithCard(otp.data.access_code, { ...CARD_OK, number: "4084080000005408" });
    expect(v2).toMatchObject({ status: "send_otp", otpHint: "123456" });
    expect(((await ps.transaction.verify(otp.data.reference)) as { data: { status: string } }).data.status).toBe(
      "ongoing",
    );
    expect((await checkoutSubmitOtp(otp.data.access_code, "000000")).status).toBe("send_otp");
    expect((await checkoutSubmitOtp(otp.data.access_code, "123456")).status).toBe("success");
  });

  it("lists Ghana's Mobile Money providers", async () => {
    const { key } = await integration();
    const { json } = await api(key, "/bank?currency=GHS&type=mobile_money");
    expect((json.data as unknown as { code: string }[]).map((b) => b.code).sort()).toEqual(["ATL", "MTN", "VOD"]);
    expect((await listMobileMoneyProviders()).every((b) => b.type === "mobile_money" && b.currency === "GHS")).toBe(
      true,
    );
  });

  it("charges Mobile Money: pay_offline approved on the phone, declined, declined by the network, timed out", async () => {
    const { key, ps } = await integration();
    const charge = (phone: string, provider = "mtn") =>
      ps.charge.create({
        email: "kofi@example.com",
        amount: "5000",
        mobile_money: { phone, provider },
      } as never) as unknown as Promise<{
        message: string;
        data: Record<string, unknown> & { reference: string; status: string };
      }>;

    const approved = await charge("024 123 4567");
    expect(approved).toMatchObject({
      message: "Charge attempted",
      data: { status: "pay_offline", display_text: expect.stringMatching(/mobile phone/) },
    });
    const pending = await api(key, `/charge/${approved.data.reference}`);
    expect(pending.json).toMatchObject({
      status: true,
      message: "Reference check successful",
      data: { status: "pay_offline" },
    });
    expect(((await ps.transaction.verify(approved.data.reference)) as { data: { status: string } }).data.status).toBe(
      "pending",
    );

    const prompt = (await listPhonePrompts()).find((p) => p.reference === approved.data.reference);
    expect(prompt).toMatchObject({ kind: "approve", phone: "0241234567", network: "MTN", amount: 5000 });
    expect((await decidePhonePrompt(prompt!.id, "approve")).status).toBe("success");
    const paid = (await ps.transaction.verify(approved.data.reference)) as unknown as {
      data: { status: string; channel: string; fees: number; authorization: Record<string, unknown> };
    };
    expect(paid.data).toMatchObject({ status: "success", channel: "mobile_money", fees: 98 });
    expect(paid.data.authorization).toMatchObject({
      channel: "mobile_money",
      mobile_money_number: "0241234567",
      bank: "MTN",
    });
    expect((await api(key, `/charge/${approved.data.reference}`)).json.data).toMatchObject({
      status: "success",
      amount: 5000,
    });

    const declined = await charge("0551234567", "atl");
    const p2 = (await listPhonePrompts()).find((p) => p.reference === declined.data.reference)!;
    expect((await decidePhonePrompt(p2.id, "decline")).status).toBe("failed");
    expect(
      ((await ps.transaction.verify(declined.data.reference)) as { data: { status: string; gateway_response: string } })
        .data,
    ).toMatchObject({
      status: "failed",
      gateway_response: "Declined by customer",
    });

    expect((await charge("0241230000")).data).toMatchObject({ status: "failed", gateway_response: "Declined" });

    const unreachable = await charge("0241231111");
    expect(unreachable.data.status).toBe("pay_offline");
    expect((await listPhonePrompts()).some((p) => p.reference === unreachable.data.reference)).toBe(false);
    await advanceEmulatorClock({ now: FUTURE(), secretKey: key });
    expect(
      (
        (await ps.transaction.verify(unreachable.data.reference)) as {
          data: { status: string; gateway_response: string };
        }
      ).data,
    ).toMatchObject({
      status: "failed",
      gateway_response: "Transaction timed out",
    });

    expect(await refusal(charge("12345"))).toMatchObject({ status: 400, message: "Invalid phone number" });
    expect(await refusal(charge("0241234567", "mpesa"))).toMatchObject({ status: 400 });
  });

  it("charges Mobile Money with send_otp then submit_otp", async () => {
    const { ps } = await integration();
    const reference = `momo-otp-${uid()}`;
    const res = (await ps.charge.create({
      email: "esi@example.com",
      amount: "2500",
      reference,
      mobile_money: { phone: "0201232222", provider: "vod" },
    } as never)) as {
      data: { status: string; reference: string };
    };
    expect(res.data).toMatchObject({ status: "send_otp", reference });
    const sms = (await listPhonePrompts()).find((p) => p.reference === reference);
    expect(sms).toMatchObject({ kind: "otp", phone: "0201232222", otp: expect.stringMatching(/^\d{6}$/) });
    const wrong = (await ps.charge.submitOTP({ reference, otp: sms!.otp === "111111" ? "222222" : "111111" })) as {
      data: { status: string; display_text: string };
    };
    expect(wrong.data).toMatchObject({ status: "send_otp", display_text: "Incorrect OTP. Please try again." });
    const ok = (await ps.charge.submitOTP({ reference, otp: sms!.otp! })) as unknown as {
      data: { status: string; amount: number; channel: string };
    };
    expect(ok.data).toMatchObject({ status: "success", amount: 2500, channel: "mobile_money" });
  });

  it("lists transactions with pagination meta, filters by status and totals successful volume", async () => {
    const { key, ps } = await integration();
    const refs: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = (await ps.transaction.initialize({
        email: `c${i % 3}@example.com`,
        amount: String(1000 * (i + 1)),
      })) as { data: { access_code: string; reference: string } };
      refs.push(r.data.reference);
      if (i % 3 === 0) await checkoutPayWithCard(r.data.access_code, CARD_OK); // i = 0, 3, 6 → 1000 + 4000 + 7000
    }
    const page1 = (await ps.transaction.list({ perPage: 3, page: 1 })) as unknown as {
      data: { reference: string }[];
      meta: Record<string, number>;
    };
    expect(page1.data.map((t) => t.reference)).toEqual(refs.slice(4).reverse());
    expect(page1.meta).toEqual({ total: 7, skipped: 0, perPage: 3, page: 1, pageCount: 3 });
    const page3 = (await ps.transaction.list({ perPage: 3, page: 3 })) as unknown as {
      data: unknown[];
      meta: Record<string, number>;
    };
    expect(page3.data).toHaveLength(1);
    expect(page3.meta).toMatchObject({ skipped: 6, page: 3 });
    const ok = (await ps.transaction.list({ status: "success" })) as unknown as {
      data: { status: string }[];
      meta: { total: number };
    };
    expect(ok.meta.total).toBe(3);
    expect((await api(key, "/transaction?status=abandoned")).json).toMatchObject({ meta: { total: 4 } });
    const totals = (await ps.transaction.total({})) as unknown as { data: Record<string, unknown> };
    expect(totals.data).toMatchObject({
      total_transactions: 3,
      unique_customers: 1,
      total_volume: 12_000,
      total_volume_by_currency: [{ currency: "GHS", amount: 12_000 }],
    });
  });

  it("retries a webhook until the receiver answers 200, with the same signed body", async () => {
    const flaky = await receiver((n) => (n < 2 ? 500 : 200));
    try {
      const { key, ps } = await integration(flaky.url);
      const reference = await paidTransaction(ps, 4200);
      await vi.waitFor(() => expect(flaky.hits).toHaveLength(1), { timeout: 5000 });
      await vi.waitFor(
        async () => {
          await deliverPendingEmulatorWebhooks({ now: FUTURE(), secretKey: key });
          expect(flaky.hits).toHaveLength(3);
        },
        { timeout: 10_000, interval: 100 },
      );
      await deliverPendingEmulatorWebhooks({ now: FUTURE(), secretKey: key });
      expect(flaky.hits).toHaveLength(3);
      expect(new Set(flaky.hits.map((h) => h.body)).size).toBe(1);
      for (const h of flaky.hits)
        expect(isValidPaystackSignature(h.body, h.headers["x-paystack-signature"] as string, key)).toBe(true);
      const [row] = await listEmulatorWebhooks({ subject: reference });
      expect(row).toMatchObject({
        event: "charge.success",
        attempts: 3,
        last_status: 200,
        delivered_at: expect.any(Date),
      });
    } finally {
      await flaky.close();
    }
  });

  it("signs webhooks with the integration's secret key only", async () => {
    const { key, ps } = await integration();
    const reference = await paidTransaction(ps, 1500);
    await vi.waitFor(() => expect(events(key, reference)).toHaveLength(1), { timeout: 5000 });
    const hit = hooks.hits.find((h) => h.body.includes(`"${reference}"`))!;
    const header = hit.headers["x-paystack-signature"] as string;
    expect(header).toBe(signPaystackBody(hit.body, key));
    expect(isValidPaystackSignature(hit.body, header, key)).toBe(true);
    expect(isValidPaystackSignature(hit.body, header, `sk_emulator_other_${uid()}`)).toBe(false);
    expect(isValidPaystackSignature(`${hit.body} `, header, key)).toBe(false);
  });

  it("serves the app's own paystack() client and typed wrappers in emulator mode", async () => {
    const reference = `app-${uid()}`;
    const init = (await paystack().transaction.initialize({ email: "app@example.com", amount: "999", reference })) as {
      data: { access_code: string };
    };
    expect((await verifyTransaction(reference)).status).toBe("abandoned");
    expect((await getCheckoutView(init.data.access_code))?.amount).toBe(999);
  });

  it("answers the hosted Mobile Money flow and its time-outs", async () => {
    const { key, ps } = await integration();
    const init = (await ps.transaction.initialize({
      email: "m@example.com",
      amount: "700",
      channels: ["mobile_money"],
    })) as { data: { access_code: string; reference: string } };
    expect((await getCheckoutView(init.data.access_code))?.channels).toEqual(["mobile_money"]);
    const waiting = await checkoutPayWithMobileMoney(init.data.access_code, {
      provider: "mtn",
      phone: "+233 24 765 4321",
    });
    expect(waiting).toMatchObject({ status: "pay_offline", mobileMoney: { provider: "mtn", phone: "0247654321" } });
    await advanceEmulatorClock({ now: FUTURE(), secretKey: key });
    expect((await getCheckoutView(init.data.access_code))?.status).toBe("failed");
    // a timed-out hosted checkout can be paid again
    const again = await checkoutPayWithMobileMoney(init.data.access_code, { provider: "mtn", phone: "0247654321" });
    const prompt = (await listPhonePrompts()).find((p) => p.reference === again.reference)!;
    await decidePhonePrompt(prompt.id, "approve");
    expect((await getCheckoutView(init.data.access_code))?.status).toBe("success");
  });

  it("cancels a waiting hosted payment and returns to the callback URL", async () => {
    const { ps } = await integration();
    const init = (await ps.transaction.initialize({
      email: "c@example.com",
      amount: "900",
      callback_url: "https://shop.test/back",
    })) as { data: { access_code: string; reference: string } };
    await checkoutPayWithMobileMoney(init.data.access_code, { provider: "atl", phone: "0271234567" });
    const { redirectUrl } = await checkoutCancel(init.data.access_code);
    expect(redirectUrl).toBe(`https://shop.test/back?trxref=${init.data.reference}&reference=${init.data.reference}`);
    expect(
      ((await ps.transaction.verify(init.data.reference)) as { data: { status: string; gateway_response: string } })
        .data,
    ).toMatchObject({
      status: "failed",
      gateway_response: "Cancelled by customer",
    });
    expect((await listPhonePrompts()).some((p) => p.reference === init.data.reference)).toBe(false);
  });
});
