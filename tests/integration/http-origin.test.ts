// Cross-site requests (issue 15 §3) through the REAL route handlers: a mutating JSON route
// refuses a body that is not application/json (415 — a text/plain body is the "simple request"
// a hostile page can send without a preflight) and a foreign Origin (403), before it reads the
// session or writes anything; our own Origin and non-browser callers (no Origin) still work;
// signed server-to-server webhooks are exempt. The session is the one thing replaced.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { crossSiteRefusal } from "@/lib/http/same-origin";
import { signPaystackBody } from "@/lib/integrations/paystack/signature";
import { POST as postSignUp } from "@/app/api/auth/sign-up/route";
import { PUT as putCart } from "@/app/api/v1/cart/route";
import { POST as postCartQuote } from "@/app/api/v1/cart/quote/route";
import { POST as postQuote } from "@/app/api/v1/checkout/quote/route";
import { POST as postOrder } from "@/app/api/v1/checkout/orders/route";
import { POST as postPaystackWebhook } from "@/app/api/webhooks/paystack/route";
import { proxy } from "@/proxy";
import { checkoutKey } from "../factories/checkout";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { sessionUserFor } from "../factories/users";
import { shopFor } from "../support/money-flows";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const secretKey = setupOwnPaystackIntegration("http_origin");
beforeEach(() => {
  session.user = null;
});

const APP = () => new URL(serverEnv().APP_URL).origin;

function req(path: string, body: string, headers: Record<string, string>, method = "POST") {
  return new Request(`${APP()}${path}`, { method, headers, body });
}

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, ...body.error };
}

async function signedIn() {
  const s = await shopFor([{ stockOnHand: 5, priceMinor: 12_000 }]);
  session.user = await sessionUserFor({ userId: s.shopper.id });
  return {
    ...s,
    lines: [{ variantId: s.variants[0]!.id, quantity: 1 }],
    delivery: { method: "PICKUP" as const, pickupPointId: s.point.id },
  };
}

describe("Content-Type of JSON bodies", () => {
  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null])(
    "a %s body is 415 on every JSON route, parsed or not",
    async (type) => {
      const s = await signedIn();
      const body = JSON.stringify({ lines: s.lines, delivery: s.delivery });
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      const responses = await Promise.all([
        postQuote(req("/api/v1/checkout/quote", body, headers), undefined),
        postOrder(req("/api/v1/checkout/orders", body, { ...headers, "Idempotency-Key": checkoutKey() }), undefined),
        postCartQuote(req("/api/v1/cart/quote", body, headers), undefined),
        putCart(req("/api/v1/cart", JSON.stringify({ lines: [], mode: "replace" }), headers, "PUT"), undefined),
        postSignUp(req("/api/auth/sign-up", JSON.stringify({ name: "X" }), headers), undefined),
      ]);
      for (const res of responses) {
        expect(await errorOf(res)).toMatchObject({
          status: 415,
          code: "UNSUPPORTED_MEDIA_TYPE",
          message: expect.stringMatching(/application\/json/),
        });
      }
      expect(await prisma.order.count({ where: { customerId: s.shopper.id } })).toBe(0);
    },
  );

  it("application/json with a charset is accepted", async () => {
    const s = await signedIn();
    const res = await postQuote(
      req("/api/v1/checkout/quote", JSON.stringify({ lines: s.lines, delivery: s.delivery }), {
        "content-type": "application/json; charset=utf-8",
      }),
      undefined,
    );
    expect(res.status).toBe(200);
  });
});

describe("Origin of mutating requests", () => {
  const json = { "content-type": "application/json" };

  it("a foreign Origin is 403 and places nothing, before the session is read", async () => {
    const s = await signedIn();
    const body = JSON.stringify({ lines: s.lines, delivery: s.delivery });
    for (const origin of ["https://evil.example", "null", `${APP()}.evil.example`, APP().replace(/:\d+$/, ":1")]) {
      const placed = await postOrder(
        req("/api/v1/checkout/orders", body, { ...json, origin, "Idempotency-Key": checkoutKey() }),
        undefined,
      );
      expect(await errorOf(placed), origin).toMatchObject({ status: 403, code: "FORBIDDEN" });
    }
    session.user = null; // an anonymous caller is refused as cross-site too, not asked to sign in
    const anon = await postQuote(
      req("/api/v1/checkout/quote", body, { ...json, origin: "https://evil.example" }),
      undefined,
    );
    expect(await errorOf(anon)).toMatchObject({ status: 403, message: expect.stringMatching(/Cross-site/) });
    expect(await prisma.order.count({ where: { customerId: s.shopper.id } })).toBe(0);
  });

  it("without Origin, Sec-Fetch-Site cross-site or same-site is 403; same-origin and none pass", async () => {
    const s = await signedIn();
    const body = JSON.stringify({ lines: s.lines, delivery: s.delivery });
    for (const site of ["cross-site", "same-site"]) {
      const res = await postQuote(req("/api/v1/checkout/quote", body, { ...json, "sec-fetch-site": site }), undefined);
      expect(res.status, site).toBe(403);
    }
    for (const site of ["same-origin", "none"]) {
      const res = await postQuote(req("/api/v1/checkout/quote", body, { ...json, "sec-fetch-site": site }), undefined);
      expect(res.status, site).toBe(200);
    }
  });

  it("our own Origin (APP_URL) and a caller with no Origin (curl, a server) place the order", async () => {
    const s = await signedIn();
    const body = JSON.stringify({ lines: s.lines, delivery: s.delivery });
    const own = await postOrder(
      req("/api/v1/checkout/orders", body, { ...json, origin: APP(), "Idempotency-Key": checkoutKey() }),
      undefined,
    );
    expect(own.status).toBe(201);
    const noOrigin = await postOrder(
      req("/api/v1/checkout/orders", body, { ...json, "Idempotency-Key": checkoutKey() }),
      undefined,
    );
    expect(noOrigin.status).toBe(201);
  });

  it("reads (GET) are not checked", async () => {
    const s = await signedIn();
    const { GET: getCart } = await import("@/app/api/v1/cart/route");
    const res = await getCart(
      new Request(`${APP()}/api/v1/cart`, { headers: { origin: "https://evil.example" } }),
      undefined,
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { userId: string }).userId).toBe(s.shopper.id);
  });

  it("the Paystack webhook is exempt: its signature decides, whatever the Origin or Content-Type", async () => {
    const body = JSON.stringify({ event: "charge.success", data: { id: `origin-${Date.now()}`, status: "success" } });
    const headers = {
      "content-type": "text/plain",
      origin: "https://evil.example",
      "x-paystack-signature": signPaystackBody(body, secretKey),
    };
    expect((await postPaystackWebhook(req("/api/webhooks/paystack", body, headers), undefined)).status).toBe(200);
    const forged = { ...headers, "x-paystack-signature": signPaystackBody(body, "sk_emulator_other") };
    expect((await postPaystackWebhook(req("/api/webhooks/paystack", body, forged), undefined)).status).toBe(401);
  });
});

describe("the Origin rule", () => {
  const policy = { appUrl: "https://londom.example", nodeEnv: "production", requestUrl: "http://10.0.0.5:3000/x" };
  const h = (init: Record<string, string>) => new Headers(init);

  it("accepts APP_URL's origin only (scheme, host and port)", () => {
    expect(crossSiteRefusal(h({ origin: "https://londom.example" }), policy)).toBeNull();
    expect(crossSiteRefusal(h({ origin: "http://londom.example" }), policy)).toMatch(/Cross-site/);
    expect(crossSiteRefusal(h({ origin: "https://londom.example:8443" }), policy)).toMatch(/Cross-site/);
    expect(crossSiteRefusal(h({ origin: "http://10.0.0.5:3000" }), policy)).toMatch(/Cross-site/);
  });

  it("in development also the server's own origin (127.0.0.1 next to localhost)", () => {
    const dev = { appUrl: "http://localhost:3000", nodeEnv: "development", requestUrl: "http://127.0.0.1:3000/x" };
    expect(crossSiteRefusal(h({ origin: "http://127.0.0.1:3000" }), dev)).toBeNull();
    expect(crossSiteRefusal(h({ origin: "http://localhost:3000" }), dev)).toBeNull();
    expect(crossSiteRefusal(h({ origin: "http://127.0.0.1:4000" }), dev)).toMatch(/Cross-site/);
  });
});

describe("server actions (proxy.ts, ahead of Next's check that answers 500)", () => {
  const action = (path: string, headers: Record<string, string>) =>
    proxy(
      new NextRequest(`${APP()}${path}`, {
        method: "POST",
        headers: { "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8", ...headers },
        body: "[]",
      }),
    );

  it("a foreign Origin answers 403 with a message, on a dashboard page and on a storefront page", async () => {
    for (const path of ["/admin/batches", "/account/addresses", "/p/some-product", "/"]) {
      const res = await action(path, { origin: "https://evil.example" });
      expect(res.status, path).toBe(403);
      expect(await errorOf(res)).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/Cross-site/) });
    }
    expect((await action("/admin/batches", { "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  it("our own Origin goes on: to the sign-in redirect when signed out, straight through on the storefront", async () => {
    const admin = await action("/admin/batches", { origin: APP() });
    expect(admin.status).toBe(307);
    expect(admin.headers.get("location")).toMatch(/\/sign-in\?callbackUrl=/);
    const shop = await action("/p/some-product", { origin: APP() });
    expect(shop.status).toBe(200);
    expect(shop.headers.get("x-middleware-next")).toBe("1");
  });
});
