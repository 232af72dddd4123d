// /admin/audit — every staff action written by the dashboards (who, what, target, before/after,
// IP, when), filtered by actor, action, entity and dates, keyset-paged, exportable as CSV.
// Read-only: the log is append-only, enforced by the database.
import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { listAuditLog, ZAuditFilters } from "@/lib/audit/list-audit-log";
import { requireAdminSection } from "../_lib/guard";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTable } from "./_components/audit-table";

export const metadata: Metadata = { title: "Audit · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/audit");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZAuditFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listAuditLog(filters);
  const { cursor: _cursor, ...kept } = raw;
  const filtered = Object.values(kept).some(Boolean);

  return (
    <>
      <DashboardHeading
        title="Audit log"
        description="Every staff action, newest first: who did what to which record, from where. Entries cannot be changed or deleted."
        actions={
          <a href={hrefWith("/admin/audit/export.csv", kept, {})} className={buttonClasses({ variant: "outline" })}>
            <Download aria-hidden="true" className="h-4 w-4" />
            Export CSV
          </a>
        }
      />
      <AuditFilters values={raw} />
      {!parsed.success ? (
        <p role="alert" className="mb-4 text-sm text-danger-700">
          Some filters were not understood and are ignored: {parsed.error.issues[0]?.path.join(".")}{" "}
          {parsed.error.issues[0]?.message}.
        </p>
      ) : null}
      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title={filtered ? "No entry matches" : "No staff actions yet"}>
            {filtered ? (
              <Link href="/admin/audit" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            ) : (
              "Batch, delivery, order and payout actions appear here as staff take them."
            )}
          </EmptyState>
        </Card>
      ) : (
        <AuditTable rows={list.rows} />
      )}
      <KeysetPager pathname="/admin/audit" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
