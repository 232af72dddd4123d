// /admin/payouts — every vendor payout with its status, and "Run payouts now" (the dialog
// says whom it will pay and how much before anything is sent). Finance and superadmins.
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { PayoutStatus } from "@/lib/generated/prisma/enums";
import { listPayouts, ZPayoutFilters } from "@/lib/payouts/list-payouts";
import { requireAdminSection } from "../_lib/guard";
import { runPayoutsAction } from "./actions";
import { PAYOUT_STATUS_LABEL } from "./_components/payout-status-badge";
import { PayoutTable } from "./_components/payout-table";
import { RunPayoutsButton } from "./_components/run-payouts-button";

export const metadata: Metadata = { title: "Payouts · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AdminPayoutsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/payouts");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZPayoutFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listPayouts(filters);
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);

  return (
    <>
      <DashboardHeading
        title="Payouts"
        description="Vendors' released earnings, paid by Paystack Transfer. Runs weekly on its own; run it now to pay what is due."
        actions={<RunPayoutsButton run={runPayoutsAction} />}
      />
      <nav aria-label="Payout status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/admin/payouts", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(PayoutStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/admin/payouts", kept, { status: s })}
            active={filters.status === s}
            label={PAYOUT_STATUS_LABEL[s]}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>
      <form className="mb-4 flex gap-2" action="/admin/payouts">
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
        <label htmlFor="payout-q" className="sr-only">
          Search by reference or vendor
        </label>
        <input
          id="payout-q"
          name="q"
          defaultValue={filters.q ?? ""}
          placeholder="Reference or vendor"
          className="h-11 w-full max-w-sm rounded-control border border-black/15 bg-surface px-3 text-sm"
        />
        <button type="submit" className="h-11 rounded-control bg-brand-600 px-4 text-sm font-semibold text-white">
          Search
        </button>
      </form>
      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title={filters.status || filters.q ? "No payout matches" : "No payouts yet"}>
            {filters.status || filters.q ? (
              <Link href="/admin/payouts" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            ) : (
              "Delivered lines are released after the holdback window; the weekly run then pays each vendor."
            )}
          </EmptyState>
        </Card>
      ) : (
        <PayoutTable rows={list.rows} basePath="/admin/payouts" showVendor />
      )}
      <KeysetPager pathname="/admin/payouts" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
