// /admin/batches — every batch with what an operator decides on: filters, counts per status,
// cut-off countdown, fill against the group-buy minimum, orders and vendors.
import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { listAdminBatches, ZAdminBatchFilters } from "@/lib/batches/list-admin-batches";
import { BatchStatus } from "@/lib/generated/prisma/enums";
import { requireAdminSection } from "../_lib/guard";
import { BatchFilters } from "./_components/batch-filters";
import { BatchRows } from "./_components/batch-rows";
import { BATCH_STATUS_LABEL } from "./_components/batch-status-badge";

export const metadata: Metadata = { title: "Batches · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AdminBatchesPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/batches");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZAdminBatchFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listAdminBatches(filters);
  const now = Date.now();
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  const isFiltered = Object.keys(kept).some((k) => k !== "status" && kept[k]);

  return (
    <>
      <DashboardHeading
        title="Batches"
        description="Open, close and ship batches; every transition says what it will do before you confirm."
        actions={
          <Link href="/admin/batches/new" className={buttonClasses({ size: "sm" })}>
            <Plus aria-hidden="true" className="h-4 w-4" /> New batch
          </Link>
        }
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      <nav aria-label="Batch status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/admin/batches", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(BatchStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/admin/batches", kept, { status: s })}
            active={filters.status === s}
            label={BATCH_STATUS_LABEL[s]}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>

      <BatchFilters origins={list.origins} values={kept} />
      {filters.attention ? (
        <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded-pill bg-warning-50 px-3 py-1 font-semibold text-warning-700">
            {filters.attention === "closing-soon"
              ? "Open and closing within 48 hours"
              : "Closed under the minimum: decide"}
          </span>
          <Link
            href={hrefWith("/admin/batches", kept, { attention: null })}
            className="font-semibold text-brand-700 hover:underline"
          >
            Show all
          </Link>
        </p>
      ) : null}

      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title={isFiltered || filters.status ? "No batch matches these filters" : "No batches yet"}>
            {isFiltered || filters.status ? (
              <Link href="/admin/batches" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            ) : (
              "Create the first batch: customers can pre-order once it is open."
            )}
          </EmptyState>
        </Card>
      ) : (
        <Card className="max-md:bg-transparent max-md:shadow-none max-md:ring-0 md:overflow-x-auto">
          <BatchRows rows={list.rows} serverNow={now} />
        </Card>
      )}
      <KeysetPager pathname="/admin/batches" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
