// GET /admin/orders/export.csv?… — every order under the list's filters and sort, streamed in
// keyset chunks (lib/orders/export-admin-orders.ts), for the operations spreadsheet.
import { adminOrdersCsvStream } from "@/lib/orders/export-admin-orders";
import { ZAdminOrderFilters } from "@/lib/orders/list-admin-orders";
import { route } from "@/lib/http/route";

export const GET = route({ permission: "admin:orders", query: ZAdminOrderFilters }, async (_req, { query }) => {
  return new Response(adminOrdersCsvStream(query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="orders-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
