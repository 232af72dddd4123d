import "server-only";
import { z } from "zod";
import { log } from "@/lib/jobs/log";
import { defineJob } from "@/lib/jobs/registry";
import { recomputeAllVendorReliability } from "@/lib/vendors/reliability/recompute-all-vendor-reliability";
import { recomputeBatchVendorReliability } from "@/lib/vendors/reliability/recompute-batch-vendor-reliability";
import { recomputeShippedBatchReliability } from "@/lib/vendors/reliability/recompute-shipped-batch-reliability";
import type { TRecomputeVendorsResult } from "@/lib/vendors/reliability/recompute-vendors-reliability";

// Vendor reliability scores (listed in lib/jobs/jobs.ts). Thin calls to the domain functions the
// tests call directly.

function summary(r: TRecomputeVendorsResult) {
  if (r.failed.length > 0)
    log.warn(`${r.failed.length} vendor reliability score(s) not recomputed`, { failed: r.failed });
  return { recomputed: r.recomputed, changed: r.changed.length, failed: r.failed.length };
}

/** Nightly at 02:30 Accra: every active or suspended vendor's last 90 days. */
export const nightlyVendorReliabilityJob = defineJob({
  name: "vendors.reliability-nightly",
  schedule: "30 2 * * *",
  timezone: "Africa/Accra",
  expireInSeconds: 30 * 60,
  handler: async () => summary(await recomputeAllVendorReliability()),
});

/** Every minute: the vendors of batches that shipped since their score was computed. */
export const afterShipVendorReliabilityJob = defineJob({
  name: "vendors.reliability-after-ship",
  schedule: "* * * * *",
  retryLimit: 1,
  handler: async () => summary(await recomputeShippedBatchReliability()),
});

/** On demand: every vendor with lines in one batch (`vendorReliabilityForBatchJob.enqueue({ batchId })`). */
export const vendorReliabilityForBatchJob = defineJob({
  name: "vendors.reliability-batch",
  schema: z.object({ batchId: z.string().min(1) }),
  handler: async ({ batchId }) => summary(await recomputeBatchVendorReliability({ batchId })),
});

export const vendorReliabilityJobs = [
  nightlyVendorReliabilityJob,
  afterShipVendorReliabilityJob,
  vendorReliabilityForBatchJob,
] as const;
