// /admin/deliveries — every delivery with what an operator decides on: filters, counts per
// status, when and who, where it goes (a pickup: ready for collection at its point), the
// lifecycle's next steps per row (schedule, return, reset) and bulk-assign of selected rows.
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import {
  ADMIN_DELIVERY_SEARCH_LIMIT,
  listAdminDeliveries,
  ZAdminDeliveryFilters,
} from "@/lib/deliveries/list-admin-deliveries";
import { listPickupPointOptions } from "@/lib/deliveries/list-pickup-point-options";
import { listRiders } from "@/lib/deliveries/list-riders";
import { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { requireAdminSection } from "../_lib/guard";
import {
  bulkScheduleDeliveriesAction,
  resetDeliveryCodeLockAction,
  returnDeliveryAction,
  scheduleDeliveryAction,
} from "./actions";
import { DeliveryFilters } from "./_components/delivery-filters";
import { toDeliveryRowView } from "./_components/delivery-row-view";
import { DeliveryRows } from "./_components/delivery-rows";
import { DELIVERY_STATUS_LABEL } from "./_components/delivery-status-badge";
import { DeliveriesSubnav } from "./zones/_components/deliveries-subnav";

export const metadata: Metadata = { title: "Deliveries · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AdminDeliveriesPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/deliveries");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZAdminDeliveryFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const [list, riders, pickupPoints] = await Promise.all([
    listAdminDeliveries(filters),
    listRiders(),
    listPickupPointOptions(),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  const isFiltered = Object.keys(kept).some((k) => k !== "status" && kept[k]);

  return (
    <>
      <DashboardHeading
        title="Deliveries"
        description="Schedule deliveries and assign riders; failed deliveries are rescheduled or returned here."
      />
      <DeliveriesSubnav current="/admin/deliveries" />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      <nav aria-label="Delivery status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/admin/deliveries", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(DeliveryStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/admin/deliveries", kept, { status: s })}
            active={filters.status === s}
            label={DELIVERY_STATUS_LABEL[s]}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>

      <DeliveryFilters zones={list.zones} pickupPoints={pickupPoints} riders={riders} values={kept} />
      {list.searchTruncated ? (
        <p role="status" className="mb-4 rounded-card bg-warning-50 px-4 py-2 text-sm text-warning-700">
          More than {ADMIN_DELIVERY_SEARCH_LIMIT.toLocaleString("en-GB")} deliveries match this search; only the newest
          are listed. Type more of the order number, phone or name to narrow it.
        </p>
      ) : null}

      {list.rows.length === 0 ? (
        <Card>
          <EmptyState title={isFiltered || filters.status ? "No delivery matches these filters" : "No deliveries yet"}>
            {isFiltered || filters.status ? (
              <Link href="/admin/deliveries" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            ) : (
              "A delivery appears here once its order is paid and its items are in Ghana."
            )}
          </EmptyState>
        </Card>
      ) : (
        <DeliveryRows
          rows={list.rows.map(toDeliveryRowView)}
          riders={riders}
          today={today}
          schedule={scheduleDeliveryAction}
          markReturned={returnDeliveryAction}
          resetCodeLock={resetDeliveryCodeLockAction}
          bulkSchedule={bulkScheduleDeliveriesAction}
        />
      )}
      <KeysetPager pathname="/admin/deliveries" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
