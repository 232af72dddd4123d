"use server";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { startProductImport } from "@/lib/catalog/csv/start-product-import";
import { discardProductImport } from "@/lib/catalog/csv/discard-product-import";

// The import page's confirmations. The vendor is the session's (never a field of the input):
// another vendor's import id answers "not found". The upload itself is a route handler
// (app/api/vendor/products/import) because a file can be larger than a server action body.

const ZImportId = z.object({ importId: z.string().trim().min(1).max(64) });

/** "Apply N products": PREVIEWED → QUEUED, and the catalog.apply-import job is enqueued. */
export const applyProductImportAction = action(
  { permission: "vendor:products:write", input: ZImportId, revalidate: ["/vendor/products/import"] },
  async ({ importId }, { vendor }) => startProductImport({ importId, vendorId: vendor.vendorId }),
);

/** "Discard": the previewed file is dropped without touching the catalog. */
export const discardProductImportAction = action(
  { permission: "vendor:products:write", input: ZImportId, revalidate: ["/vendor/products/import"] },
  async ({ importId }, { vendor }) => discardProductImport({ importId, vendorId: vendor.vendorId }),
);
