import "server-only";
import { expireStaleReservations } from "@/lib/inventory/reservations";
import { log } from "@/lib/jobs/log";
import { defineJob } from "@/lib/jobs/registry";

/** Every minute: free the stock and batch allocation held by unpaid checkouts past their expiry. */
export const expireReservationsJob = defineJob({
  name: "reservations.expire",
  schedule: "* * * * *",
  retryLimit: 1,
  async handler() {
    const expired = await expireStaleReservations();
    if (expired > 0) log.info(`expired ${expired} reservation(s)`);
    return { expired };
  },
});
