import "server-only";
import Paystack from "paystack-sdk";
import { serverEnv } from "@/lib/env";
import { installPaystackEmulator } from "./emulator/intercept";

/**
 * The one way the app talks to Paystack: `paystack()` returns a paystack-sdk instance.
 *
 * Real mode (PAYSTACK_SECRET_KEY = sk_test_… / sk_live_…): the SDK calls api.paystack.co.
 * Emulator mode (no key, or an sk_emulator_… key; `serverEnv().isPaystackEmulated`): the very
 * same SDK calls are answered by the emulator in lib/integrations/paystack/emulator.
 *
 * How: paystack-sdk 4.2.1 sends every request with the global `fetch` to a hard-coded
 * https://api.paystack.co and takes no base URL or fetch option, so the only seam below the
 * SDK is the global fetch. In emulator mode the first call wraps it once per process
 * (installPaystackEmulator): requests to api.paystack.co are handed to the emulator's router
 * (`handlePaystackRequest(Request) → Response`, state in PostgreSQL schema paystack_emulator);
 * every other URL goes to the original fetch untouched. This is msw's interception idea in
 * twenty lines, with no msw in production code paths. It is installed lazily here, so the Next
 * server, the worker and tests all get it the moment they first use Paystack; real mode never
 * touches fetch.
 *
 * Typed wrappers (also through the SDK instance or the same fetch, so they are emulated too)
 * live in ./api.ts; prefer them to raw SDK calls — they unwrap `data` and fix the SDK's gaps
 * (GET /charge/:reference and GET /transfer/verify/:reference are broken in the SDK).
 */
let cached: { key: string; client: Paystack } | undefined;

export function paystack(): Paystack {
  const env = serverEnv();
  if (env.isPaystackEmulated) installPaystackEmulator();
  if (!cached || cached.key !== env.paystackSecretKey)
    cached = { key: env.paystackSecretKey, client: new Paystack(env.paystackSecretKey) };
  return cached.client;
}

/** The secret key the SDK uses (the emulator's default key in emulator mode): it also signs webhooks. */
export function paystackSecretKey(): string {
  return serverEnv().paystackSecretKey;
}

export function isPaystackEmulated(): boolean {
  return serverEnv().isPaystackEmulated;
}
