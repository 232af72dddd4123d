import "server-only";
import { defineJob } from "@/lib/jobs/registry";
import { pollProcessingPayouts } from "@/lib/payouts/poll-processing-payouts";
import { releaseDueEarnings } from "@/lib/payouts/release-due-earnings";
import { runScheduledPayouts } from "@/lib/payouts/run-scheduled-payouts";

// Money out (listed in lib/jobs/jobs.ts). Each job is a thin call to a domain function the
// tests call directly.

export const releaseDueEarningsJob = defineJob({
  name: "payouts.release-due-earnings",
  schedule: "*/15 * * * *",
  handler: () => releaseDueEarnings(),
});

/** Daily at 06:00 (Accra is UTC+0); runs only on the platform's payout weekday. */
export const scheduledPayoutRunJob = defineJob({
  name: "payouts.scheduled-run",
  schedule: "0 6 * * *",
  handler: () => runScheduledPayouts(),
});

export const pollPayoutsJob = defineJob({
  name: "payouts.poll",
  schedule: "* * * * *",
  handler: () => pollProcessingPayouts(),
});

export const payoutJobs = [releaseDueEarningsJob, scheduledPayoutRunJob, pollPayoutsJob] as const;
