import "server-only";
import { serverEnv } from "@/lib/env";
import { defineJob } from "@/lib/jobs/registry";
import { runEmulatorTick } from "./intercept";

/**
 * The worker's share of emulated time (the web server ticks every 2 s as well): time-outs,
 * refunds, transfers, settlements and webhook retries progress even when no web server runs.
 * A no-op with real Paystack keys.
 */
export const paystackEmulatorTickJob = defineJob({
  name: "paystack-emulator.tick",
  schedule: "* * * * *",
  retryLimit: 0,
  expireInSeconds: 120,
  handler: async () => {
    if (!serverEnv().isPaystackEmulated) return;
    await runEmulatorTick();
  },
});
