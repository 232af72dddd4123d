import "server-only";
import { serverEnv } from "@/lib/env";
import { startEmulatorTicker } from "./intercept";

/**
 * Called once at server start (instrumentation.ts): in emulator mode, route api.paystack.co to
 * the emulator and keep its clock and webhook retries running in this process, so refunds,
 * transfers and redeliveries progress in `npm run dev` even before anyone opens an emulator page.
 */
export function bootPaystackEmulator(): void {
  const env = serverEnv();
  if (!env.isPaystackEmulated || !env.DATABASE_URL || env.NODE_ENV === "test") return;
  startEmulatorTicker();
}
