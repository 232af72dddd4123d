import "server-only";
import { z } from "zod";
import { applyProductImport } from "@/lib/catalog/csv/apply-product-import";
import { APPLY_PRODUCT_IMPORT_JOB } from "@/lib/catalog/csv/job-names";
import { log } from "@/lib/jobs/log";
import { defineJob } from "@/lib/jobs/registry";

/** Applies a confirmed vendor CSV import (enqueued by startProductImport, one job per import). */
export const applyProductImportJob = defineJob({
  name: APPLY_PRODUCT_IMPORT_JOB,
  schema: z.object({ importId: z.string().min(1) }),
  retryLimit: 2,
  retryDelaySeconds: 15,
  // 20,000 rows take a few minutes on a busy machine; a run killed past this is retried.
  expireInSeconds: 1800,
  async handler({ importId }) {
    const result = await applyProductImport({ importId });
    log.info(`product import ${importId}: ${result.status}`, { result });
    return result;
  },
});
