// GET /admin/audit/export.csv?… — every audit entry under the page's filters, streamed in keyset
// chunks (lib/audit/export-audit-log.ts). Superadmins only, like the page.
import { auditLogCsvStream } from "@/lib/audit/export-audit-log";
import { ZAuditFilters } from "@/lib/audit/list-audit-log";
import { route } from "@/lib/http/route";

export const GET = route({ permission: "admin:audit", query: ZAuditFilters }, async (_req, { query }) => {
  return new Response(auditLogCsvStream(query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
