import "server-only";
import { closeDueBatches } from "@/lib/batches/close-due-batches";
import { log } from "@/lib/jobs/log";
import { defineJob } from "@/lib/jobs/registry";

/** Every minute: close OPEN batches whose cut-off passed (below minimum: flagged, or cancelled by the setting). */
export const closeDueBatchesJob = defineJob({
  name: "batches.close-due",
  schedule: "* * * * *",
  retryLimit: 1,
  async handler() {
    const closed = await closeDueBatches();
    for (const b of closed)
      log.info(
        `closed batch ${b.code}${b.isCancelled ? " (below minimum: cancelled and refunded)" : b.isBelowMinimum ? " (below minimum: admin review)" : ""}`,
      );
    return { closed: closed.length };
  },
});
