import "server-only";
import { defineJob } from "@/lib/jobs/registry";
import { releaseDueEarnings } from "@/lib/payouts/release-due-earnings";

// Money out (listed in lib/jobs/jobs.ts). Each job is a thin call to a domain function the
// tests call directly.

export const releaseDueEarningsJob = defineJob({
  name: "payouts.release-due-earnings",
  schedule: "*/15 * * * *",
  handler: () => releaseDueEarnings(),
});

export const payoutJobs = [releaseDueEarningsJob] as const;
