import "server-only";
import { defineJob } from "@/lib/jobs/registry";
import { deleteExpiredRateLimitBuckets } from "./rate-limit";

/** Hourly: expired rate-limit windows carry no information; keep the table small. */
export const purgeRateLimitBucketsJob = defineJob({
  name: "auth.purge-rate-limits",
  schedule: "17 * * * *",
  retryLimit: 1,
  async handler() {
    return { deleted: await deleteExpiredRateLimitBuckets() };
  },
});
