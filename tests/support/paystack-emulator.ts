// Shared by the Paystack emulator integration tests: a local webhook receiver, own
// integrations (secret keys) and helpers to read paystack-sdk refusals.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import Paystack from "paystack-sdk";
import { expect } from "vitest";
import { checkoutPayWithCard, configureEmulatorIntegration } from "@/lib/integrations/paystack/emulator";
import { isValidPaystackSignature } from "@/lib/integrations/paystack/signature";

export type THit = { headers: IncomingHttpHeaders; body: string };
export type TReceiver = { url: string; hits: THit[]; server: Server; close(): Promise<void> };

/** A tiny webhook receiver; `answer` picks the status for the n-th delivery (0-based). */
export async function receiver(answer: (n: number) => number = () => 200): Promise<TReceiver> {
  const hits: THit[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      hits.push({ headers: req.headers, body });
      res.statusCode = answer(hits.length - 1);
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, hits, server, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export const uid = () => randomBytes(5).toString("hex");
export const FUTURE = () => new Date(Date.now() + 60 * 60_000);
export const CARD_OK = { number: "4084084084084081", expiry: "12/30", cvv: "408" };

/** An integration of the test's own (its own key, data and webhook URL). */
export async function ownIntegration(webhookUrl: string) {
  const key = `sk_emulator_test_${uid()}`;
  await configureEmulatorIntegration({ secretKey: key, webhookUrl });
  return { key, ps: new Paystack(key) };
}

/** The body of a paystack-sdk refusal (it throws PaystackHttpError with status and body). */
export async function refusal(p: Promise<unknown>): Promise<{ status: number; message: string; code?: string }> {
  const e = (await p.then(
    () => null,
    (err: unknown) => err,
  )) as { status: number; body: { message: string; code?: string } } | null;
  if (!e) throw new Error("expected Paystack to refuse the request");
  return { status: e.status, message: e.body.message, code: e.body.code };
}

/** A raw call to (the emulated) api.paystack.co, for endpoints the SDK lacks or breaks. */
export async function api(key: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`https://api.paystack.co${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
  });
  return {
    status: res.status,
    json: (await res.json()) as { status: boolean; message: string; data: Record<string, unknown> & unknown[] },
  };
}

export async function paidTransaction(ps: Paystack, amount: number, email = `buyer-${uid()}@example.com`) {
  const init = (await ps.transaction.initialize({ email, amount: String(amount) })) as {
    data: { access_code: string; reference: string };
  };
  const view = await checkoutPayWithCard(init.data.access_code, CARD_OK);
  expect(view.status).toBe("success");
  return init.data.reference;
}

/** Deliveries about a reference whose signature verifies with the integration's key. */
export const signedEvents = (hooks: TReceiver, key: string, reference: string) =>
  hooks.hits.filter(
    (h) =>
      isValidPaystackSignature(h.body, h.headers["x-paystack-signature"] as string, key) &&
      h.body.includes(`"${reference}"`),
  );
