import "server-only";
import { advanceEmulatorClock } from "./clock";
import { handlePaystackRequest, PAYSTACK_API_ORIGIN } from "./router";
import { deliverPendingEmulatorWebhooks } from "./webhooks";

// paystack-sdk sends every request with the global fetch to https://api.paystack.co and has
// no base-URL or fetch option. So in emulator mode the process's global fetch is wrapped:
// requests to that origin are answered in-process by the emulator's router; every other
// request goes to the fetch that was there before, untouched. State lives in PostgreSQL, so
// the web server, the worker and tests (each with its own wrapper) see the same Paystack.
// `next dev` puts its original fetch back after every recompilation, so installing is cheap,
// idempotent and repeated before each use (client.ts calls it in every paystack()).

const MARK = Symbol.for("londom.paystack-emulator.fetch");
type TMarkedFetch = typeof fetch & { [MARK]?: true };
const TICKER = Symbol.for("londom.paystack-emulator.ticker");
const g = globalThis as unknown as Record<symbol, ReturnType<typeof setInterval> | undefined>;

function isPaystackUrl(input: RequestInfo | URL): boolean {
  const url = input instanceof Request ? input.url : String(input);
  return (
    url === PAYSTACK_API_ORIGIN ||
    url.startsWith(`${PAYSTACK_API_ORIGIN}/`) ||
    url.startsWith(`${PAYSTACK_API_ORIGIN}?`)
  );
}

/** Routes this process's requests to api.paystack.co to the emulator (no-op when already routed). */
export function installPaystackEmulator(): void {
  const current = globalThis.fetch as TMarkedFetch;
  if (current[MARK]) return;
  const emulated = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    isPaystackUrl(input) ? handlePaystackRequest(new Request(input, init)) : current(input, init);
  globalThis.fetch = Object.assign(emulated, { [MARK]: true as const }) as TMarkedFetch;
}

export function isPaystackEmulatorInstalled(): boolean {
  return Boolean((globalThis.fetch as TMarkedFetch)[MARK]);
}

let ticking = false;

/** One step of emulated time: due outcomes advance, due webhooks are (re)delivered. */
export async function runEmulatorTick(): Promise<void> {
  if (ticking) return;
  ticking = true;
  try {
    await advanceEmulatorClock();
    await deliverPendingEmulatorWebhooks();
  } finally {
    ticking = false;
  }
}

/**
 * Keeps the emulated world moving inside a long-running server (refunds complete, transfers
 * settle, webhooks retry) without waiting for the worker. Started once per process.
 */
export function startEmulatorTicker(intervalMs = 2_000): void {
  installPaystackEmulator();
  if (g[TICKER]) return;
  const ticker = setInterval(
    () => void runEmulatorTick().catch((e) => console.error("[paystack-emulator] tick failed", e)),
    intervalMs,
  );
  ticker.unref?.();
  g[TICKER] = ticker;
}
