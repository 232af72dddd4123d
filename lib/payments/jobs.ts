import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/registry";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { pollPendingPayments } from "@/lib/payments/poll-pending-payments";
import { processStaleWebhookEvents, processWebhookEvent } from "@/lib/payments/webhooks/process-webhook-event";
import { WEBHOOK_PROCESS_JOB } from "@/lib/payments/webhooks/receive-paystack-webhook";
import { pollOpenRefunds } from "@/lib/refunds/poll-open-refunds";
import { submitPendingRefunds } from "@/lib/refunds/submit-pending-refunds";

// The money core's background jobs (listed in lib/jobs/jobs.ts). Each is a thin call to a
// domain function that the tests call directly.

export const processWebhookJob = defineJob({
  name: WEBHOOK_PROCESS_JOB,
  schema: z.object({ webhookEventId: z.string().min(1) }),
  handler: ({ webhookEventId }) => processWebhookEvent({ webhookEventId }),
  concurrency: 4,
  retryLimit: 5,
  retryDelaySeconds: 15,
  pollingIntervalSeconds: 1,
});

export const sweepWebhooksJob = defineJob({
  name: "webhooks.sweep",
  schedule: "* * * * *",
  handler: () => processStaleWebhookEvents(),
});

export const pollPendingPaymentsJob = defineJob({
  name: "payments.poll-pending",
  schedule: "* * * * *",
  handler: () => pollPendingPayments(),
});

export const expireUnpaidOrdersJob = defineJob({
  name: "orders.expire-unpaid",
  schedule: "* * * * *",
  handler: () => expireUnpaidOrders(),
});

export const submitPendingRefundsJob = defineJob({
  name: "refunds.submit-pending",
  schedule: "*/2 * * * *",
  handler: () => submitPendingRefunds(),
});

export const pollOpenRefundsJob = defineJob({
  name: "refunds.poll",
  schedule: "* * * * *",
  handler: () => pollOpenRefunds(),
});

export const paymentJobs = [
  processWebhookJob,
  sweepWebhooksJob,
  pollPendingPaymentsJob,
  expireUnpaidOrdersJob,
  submitPendingRefundsJob,
  pollOpenRefundsJob,
] as const;
