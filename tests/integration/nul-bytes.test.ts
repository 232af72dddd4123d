// Issue 15 §5: a NUL character (U+0000) or an unpaired surrogate in any string used to reach
// PostgreSQL (which cannot store either in text or jsonb) and answer 500. Every endpoint the
// issue lists now answers 400 with a message naming the field (lib/http/text.ts at the route()
// and action() boundary), pages clean their query strings instead, and a validly signed
// Paystack webhook holding one is stored and acknowledged. Real database; only the session
// (and next/headers for the server action) is replaced.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db";
import { flatSearchParams } from "@/components/ui/list-controls";
import { signPaystackBody } from "@/lib/integrations/paystack/signature";
import { parseSearchPageKey, searchPageKey } from "@/lib/catalog/cache/page-keys";
import { cleanText, isStorableText } from "@/lib/http/text";
import { searchProducts } from "@/lib/search/search-products";
import { POST as postSignUp } from "@/app/api/auth/sign-up/route";
import { POST as postQuote } from "@/app/api/v1/checkout/quote/route";
import { POST as postOrder } from "@/app/api/v1/checkout/orders/route";
import { POST as postOtp } from "@/app/api/v1/checkout/payments/mobile-money/otp/route";
import { GET as getProducts } from "@/app/api/v1/products/route";
import { GET as getSuggest } from "@/app/api/v1/search/suggest/route";
import { POST as postEmulatorCard } from "@/app/api/dev/paystack/checkout/[accessCode]/card/route";
import { POST as postEmulatorMomo } from "@/app/api/dev/paystack/checkout/[accessCode]/mobile-money/route";
import { POST as postPaystackWebhook } from "@/app/api/webhooks/paystack/route";
import { createAddressAction } from "@/app/(shop)/account/addresses/actions";
import { proxy } from "@/proxy";
import { checkoutKey } from "../factories/checkout";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { sessionUserFor } from "../factories/users";
import { shopFor } from "../support/money-flows";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const secretKey = setupOwnPaystackIntegration("nul_bytes");
beforeEach(() => {
  session.user = null;
});

const NUL = "a\u0000b";
const LONE = "a\ud800b";
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://test.local${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const get = (path: string, query: Record<string, string>) =>
  new Request(`http://test.local${path}?${new URLSearchParams(query)}`);

async function expect400(res: Response, field: RegExp) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(res.status).toBe(400);
  expect(body.error.code).toBe("BAD_REQUEST");
  expect(body.error.message).toMatch(field);
  expect(body.error.message).toMatch(/NUL character .* or an unpaired surrogate/);
}

async function signedIn() {
  const s = await shopFor([{ stockOnHand: 5, priceMinor: 12_000 }]);
  session.user = await sessionUserFor({ userId: s.shopper.id });
  return s;
}

describe("the shared text rule", () => {
  it("tells storable text from NUL and unpaired surrogates, and cleans them for lenient readers", () => {
    expect(isStorableText("Kofi 🇬🇭 é")).toBe(true); // paired surrogates are fine
    for (const s of [NUL, LONE, "\udc00", "x\ud83c"]) expect(isStorableText(s), JSON.stringify(s)).toBe(false);
    expect(cleanText(NUL)).toBe("ab");
    expect(cleanText(LONE)).toBe("a\ufffdb");
  });
});

describe("JSON bodies with a NUL or an unpaired surrogate answer 400, not 500", () => {
  it.each([
    ["NUL", NUL],
    ["an unpaired surrogate", LONE],
  ])("checkout quote and orders: variantId and pickupPointId (%s)", async (_label, bad) => {
    const s = await signedIn();
    const line = { variantId: s.variants[0]!.id, quantity: 1 };
    const pickup = { method: "PICKUP", pickupPointId: s.point.id };
    await expect400(
      await postQuote(post("/api/v1/checkout/quote", { lines: [{ ...line, variantId: bad }] }), undefined),
      /^lines\.0\.variantId/,
    );
    await expect400(
      await postQuote(
        post("/api/v1/checkout/quote", { lines: [line], delivery: { ...pickup, pickupPointId: bad } }),
        undefined,
      ),
      /^delivery\.pickupPointId/,
    );
    await expect400(
      await postOrder(
        post(
          "/api/v1/checkout/orders",
          { lines: [line], delivery: { ...pickup, pickupPointId: bad } },
          {
            "Idempotency-Key": checkoutKey(),
          },
        ),
        undefined,
      ),
      /^delivery\.pickupPointId/,
    );
    expect(await prisma.order.count({ where: { customerId: s.shopper.id } })).toBe(0);
  });

  it("a lone surrogate sent as a JSON escape (\\ud800) is caught too", async () => {
    await signedIn();
    const raw = '{"lines":[{"variantId":"v\\ud800","quantity":1}]}';
    await expect400(await postQuote(post("/api/v1/checkout/quote", raw), undefined), /^lines\.0\.variantId/);
  });

  it("Mobile Money OTP: reference", async () => {
    await signedIn();
    await expect400(
      await postOtp(
        post("/api/v1/checkout/payments/mobile-money/otp", { reference: `LI-${NUL}-P1`, otp: "123456" }),
        undefined,
      ),
      /^reference/,
    );
  });

  it("sign-up: name", async () => {
    await expect400(
      await postSignUp(
        post("/api/auth/sign-up", {
          name: `Ama ${NUL}`,
          email: `nul-${Date.now()}@test.local`,
          password: "long enough 1",
        }),
        undefined,
      ),
      /^name/,
    );
  });

  it("the emulator's hosted checkout: the access code and the wallet number", async () => {
    const ctx = (accessCode: string) => ({ params: Promise.resolve({ accessCode }) });
    await expect400(
      await postEmulatorCard(
        post("/api/dev/paystack/checkout/x/card", { number: "4084084084084081", expiry: "12/30", cvv: "408" }),
        ctx(`code${NUL}`),
      ),
      /^accessCode/,
    );
    await expect400(
      await postEmulatorMomo(
        post("/api/dev/paystack/checkout/x/mobile-money", { provider: "mtn", phone: `024${NUL}` }),
        ctx("code"),
      ),
      /^phone/,
    );
  });
});

describe("query strings", () => {
  it.each(["q", "size", "colour"])("/api/v1/products?%s= with a NUL is 400", async (key) => {
    await expect400(await getProducts(get("/api/v1/products", { [key]: NUL }), undefined), new RegExp(`^${key}`));
  });

  it("/api/v1/search/suggest?q= with a NUL is 400", async () => {
    await expect400(await getSuggest(get("/api/v1/search/suggest", { q: `lamp${NUL}` }), undefined), /^q/);
  });

  it("the /search page cleans its query instead (a page never answers 400): key, then the search itself", async () => {
    const rewritten = await proxy(new NextRequest(`http://test.local/search?q=lam%00p&size=a%00`));
    const target = new URL(rewritten.headers.get("x-middleware-rewrite")!).pathname;
    const params = parseSearchPageKey(decodeURIComponent(target.replace(/^\/search\//, "")));
    expect(params.q).toBe("lamp");
    expect(params.size).toBe("a");
    await expect(searchProducts(params, true)).resolves.toMatchObject({ items: expect.any(Array) });
    expect(searchPageKey(new URLSearchParams({ q: NUL }))).toBe(searchPageKey(new URLSearchParams({ q: "ab" })));
  });

  it("dashboard list pages read their filters through flatSearchParams, which cleans them", async () => {
    expect(
      await flatSearchParams(Promise.resolve({ q: `LI-${NUL}`, status: ["PAID\u0000", "x"], empty: "\u0000" })),
    ).toEqual({
      q: "LI-ab",
      status: "PAID",
      empty: undefined,
    });
  });
});

describe("server actions", () => {
  it("a NUL in a form field is a field error, not 'something went wrong'", async () => {
    await signedIn();
    const form = new FormData();
    form.set("recipientName", `Ama ${NUL}`);
    form.set("phone", "024 412 3456");
    const r = await createAddressAction(form);
    expect(r).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { recipientName: expect.stringMatching(/NUL/) },
    });
  });
});

describe("the Paystack webhook", () => {
  it("stores and acknowledges a validly signed event holding \\u0000 and \\ud800, keeping the exact body", async () => {
    const reference = `nul-${Date.now()}`;
    const raw = `{"event":"charge.success","data":{"id":"${reference}","reference":"${reference}\\u0000","status":"success","customer":{"email":"a\\ud800@x.test"}}}`;
    const send = () =>
      postPaystackWebhook(
        new Request("http://localhost/api/webhooks/paystack", {
          method: "POST",
          headers: { "content-type": "application/json", "x-paystack-signature": signPaystackBody(raw, secretKey) },
          body: raw,
        }),
        undefined,
      );
    const res = await send();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true });
    const stored = await prisma.webhookEvent.findUniqueOrThrow({
      where: { provider_eventKey: { provider: "paystack", eventKey: `charge.success:${reference}` } },
    });
    const payload = stored.payload as {
      data: { reference: string; customer: { email: string } };
      rawBodyBase64: string;
    };
    expect(payload.data.reference).toBe(`${reference}\ufffd`); // replaced, never dropped: no other reference
    expect(payload.data.customer.email).toBe("a\ufffd@x.test");
    expect(Buffer.from(payload.rawBodyBase64, "base64").toString("utf8")).toBe(raw);

    // Paystack's retry of the same event: a duplicate, acknowledged
    expect(await (await send()).json()).toEqual({ received: true, duplicate: true });
  });

  it("verifies the signature over the bytes as sent, even when they are not UTF-8", async () => {
    const id = `bytes-${Date.now()}`;
    const bytes = Buffer.concat([
      Buffer.from(`{"event":"charge.success","data":{"id":"${id}","note":"`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`"}}`),
    ]);
    const send = (signature: string) =>
      postPaystackWebhook(
        new Request("http://localhost/api/webhooks/paystack", {
          method: "POST",
          headers: { "content-type": "application/json", "x-paystack-signature": signature },
          body: bytes,
        }),
        undefined,
      );
    expect((await send(signPaystackBody(Buffer.from(bytes.toString("utf8")), secretKey))).status).toBe(401);
    expect((await send(signPaystackBody(bytes, secretKey))).status).toBe(200);
    const stored = await prisma.webhookEvent.findUniqueOrThrow({
      where: { provider_eventKey: { provider: "paystack", eventKey: `charge.success:${id}` } },
    });
    expect(Buffer.from((stored.payload as { rawBodyBase64: string }).rawBodyBase64, "base64").equals(bytes)).toBe(true);
  });
});
