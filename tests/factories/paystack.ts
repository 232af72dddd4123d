/**
 * The Paystack emulator setup every money-core test file repeats: an integration of the
 * file's own (ownPaystackIntegration), registered with the emulator before the tests, its
 * webhooks discarded (tests deliver them to the route handler themselves), and the job queue
 * that payments start stopped after the tests.
 *
 *   const key = setupOwnPaystackIntegration("money_confirm"); // module top level
 */
import { afterAll, beforeAll } from "vitest";
import { configureEmulatorIntegration } from "@/lib/integrations/paystack/emulator";
import { stopBoss } from "@/lib/jobs/queue";
import { ownPaystackIntegration } from "./checkout";

/** Call at module top level (before anything reads serverEnv()); returns the secret key. */
export function setupOwnPaystackIntegration(name: string): string {
  const key = ownPaystackIntegration(name);
  beforeAll(() => configureEmulatorIntegration({ secretKey: key, webhookUrl: "http://127.0.0.1:9/discard" }));
  afterAll(() => stopBoss({ timeoutMs: 2000 }));
  return key;
}
