import "server-only";
import { purgeRateLimitBucketsJob } from "@/lib/auth/jobs";
import { closeDueBatchesJob } from "@/lib/batches/jobs";
import { applyProductImportJob } from "@/lib/catalog/csv/jobs";
import { createReadyDeliveriesJob } from "@/lib/deliveries/jobs";
import { expireReservationsJob } from "@/lib/inventory/jobs";
import { paystackEmulatorTickJob } from "@/lib/integrations/paystack/emulator/jobs";
import { type TJob } from "@/lib/jobs/registry";
import { sendNotificationsJob } from "@/lib/notifications/jobs";
import { paymentJobs } from "@/lib/payments/jobs";
import { payoutJobs } from "@/lib/payouts/jobs";
import { vendorReliabilityJobs } from "@/lib/vendors/reliability/jobs";

// Every background job the worker runs. To add one: defineJob(...) in your domain folder
// (e.g. lib/notifications/jobs.ts), import it here and append it to the list.
export const jobs: readonly TJob[] = [
  expireReservationsJob,
  closeDueBatchesJob,
  createReadyDeliveriesJob,
  ...paymentJobs,
  ...payoutJobs,
  purgeRateLimitBucketsJob,
  paystackEmulatorTickJob,
  sendNotificationsJob,
  ...vendorReliabilityJobs,
  applyProductImportJob,
];
