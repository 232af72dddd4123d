// GET /admin/batches/[code]/preview?event=CANCEL — what that transition would do, for the
// confirmation dialog (computed on open: it runs the use case in a rolled-back transaction).
import { NextResponse } from "next/server";
import { z } from "zod";
import { BATCH_EVENTS } from "@/lib/batches/batch-transitions";
import { getAdminBatchOrThrow } from "@/lib/batches/get-admin-batch";
import { previewBatchTransition } from "@/lib/batches/preview-batch-transitions";
import { route } from "@/lib/http/route";

const ZParams = z.object({ code: z.string().min(1).max(40) });
const ZQuery = z.object({ event: z.enum(BATCH_EVENTS) });

export const GET = route(
  { permission: "admin:batches", params: ZParams, query: ZQuery },
  async (_req, { user, params, query }) => {
    const batch = await getAdminBatchOrThrow({ code: params.code });
    const preview = await previewBatchTransition({
      batchId: batch.id,
      event: query.event,
      actor: { type: "ADMIN", id: user.id },
    });
    return NextResponse.json(preview, { headers: { "Cache-Control": "no-store" } });
  },
);
