// /admin/vendors — the applications queue first, then the vendors by status, searchable by name
// or email, newest first or as the reliability ranking; each row opens the vendor's decisions.
import type { Metadata } from "next";
import Link from "next/link";
import { Store } from "lucide-react";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";
import { listAdminVendors, ZAdminVendorFilters } from "@/lib/vendors/list-admin-vendors";
import { VENDOR_STATUSES, VENDOR_STATUS_LABEL, type TVendorStatus } from "@/lib/vendors/statuses";
import { requireAdminSection } from "../_lib/guard";
import { VendorFilters } from "./_components/vendor-filters";
import { VendorRows } from "./_components/vendor-rows";

export const metadata: Metadata = { title: "Vendors · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

const EMPTY: Record<TVendorStatus, { title: string; body: string }> = {
  PENDING: { title: "No applications to review", body: "New applications from /sell appear here first." },
  ACTIVE: { title: "No active vendors", body: "Approve an application to put its products on the storefront." },
  SUSPENDED: { title: "No suspended vendors", body: "Vendors you suspend are listed here until reactivated." },
  REJECTED: { title: "No rejected applications", body: "Applications you reject are kept here with the reason." },
};

export default async function AdminVendorsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/vendors");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZAdminVendorFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : ZAdminVendorFilters.parse({});
  const [list, settings] = await Promise.all([listAdminVendors(filters), getPlatformSettings()]);
  const { cursor: _cursor, ...kept } = raw;
  const isRanking = filters.sort === "reliability";
  const label = VENDOR_STATUS_LABEL[filters.status];

  return (
    <>
      <DashboardHeading
        title="Vendors"
        description="Review applications, set fee rates, suspend or reactivate vendors, and see who is most reliable."
        actions={
          <Link
            href={hrefWith("/admin/vendors", {}, { status: "ACTIVE", sort: "reliability" })}
            className="text-sm font-semibold text-brand-700 hover:underline"
          >
            Reliability ranking
          </Link>
        }
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      <nav aria-label="Vendor status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto px-1 pb-1">
        {VENDOR_STATUSES.map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/admin/vendors", kept, { status: s === "PENDING" ? null : s })}
            active={filters.status === s}
            label={s === "PENDING" ? "Applications" : VENDOR_STATUS_LABEL[s]}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>

      <VendorFilters values={kept} />
      {isRanking ? (
        <p className="mb-4 text-sm text-ink-muted">
          Ranked by reliability score (last 90 days), highest first; vendors without enough history come last.
        </p>
      ) : null}

      {list.rows.length === 0 ? (
        <Card>
          <EmptyState
            icon={<Store />}
            title={filters.q ? `No ${label.toLowerCase()} matches “${filters.q}”` : EMPTY[filters.status].title}
          >
            {filters.q ? (
              <Link
                href={hrefWith("/admin/vendors", kept, { q: null })}
                className="font-semibold text-brand-700 underline"
              >
                Clear the search
              </Link>
            ) : (
              EMPTY[filters.status].body
            )}
          </EmptyState>
        </Card>
      ) : (
        <Card className="max-md:bg-transparent max-md:shadow-none max-md:ring-0 md:overflow-x-auto">
          <VendorRows
            rows={list.rows}
            defaultFeeBps={settings.platformFeeBps}
            rankFrom={isRanking && !filters.cursor ? 1 : null}
            caption={`${label} vendors, ${isRanking ? "by reliability score" : "newest first"}`}
          />
        </Card>
      )}
      <KeysetPager pathname="/admin/vendors" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
