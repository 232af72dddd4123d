import "server-only";
import { createReadyDeliveries } from "@/lib/deliveries/create-ready-deliveries";
import { log } from "@/lib/jobs/log";
import { defineJob } from "@/lib/jobs/registry";

/**
 * Every minute: a Delivery for each order that became ready (batch arrived, in-stock order
 * paid, deposit balance paid). The safety net behind any caller that creates them at once.
 */
export const createReadyDeliveriesJob = defineJob({
  name: "deliveries.create-ready",
  schedule: "* * * * *",
  retryLimit: 1,
  async handler() {
    const result = await createReadyDeliveries();
    for (const d of result.created) log.info(`delivery created for order ${d.orderNumber} (${d.method.toLowerCase()})`);
    for (const f of result.failed) log.warn(`no delivery for order ${f.orderId} yet`, { error: f.error });
    return { created: result.created.length, failed: result.failed.length };
  },
});
