// /admin/deliveries/zones — where we deliver and what it costs: every zone in the order
// checkout lists them, its fee in cedis, how many orders and saved addresses use it, and
// create / edit / reorder / (de)activate / delete, each confirmed. A zone in use is never
// deleted, only deactivated (checkout stops offering it; what has it keeps it).
import type { Metadata } from "next";
import { MapPinned } from "lucide-react";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { flatSearchParams } from "@/components/ui/list-controls";
import { listDeliveryZonesAdmin, type TAdminDeliveryZone } from "@/lib/deliveries/list-delivery-zones-admin";
import { ZZoneListFilters } from "@/lib/deliveries/schemas";
import { usageWords } from "@/lib/deliveries/usage-text";
import { formatMoney } from "@/lib/money";
import { requireAdminSection } from "../../_lib/guard";
import {
  deleteDeliveryZoneAction,
  moveDeliveryZoneAction,
  saveDeliveryZoneAction,
  setDeliveryZoneActiveAction,
} from "./actions";
import {
  RECORD_CARD_CLASS,
  RecordListEmpty,
  RecordListTop,
  RecordTable,
  recordRowClass,
} from "../_components/record-list";
import { ActiveBadge } from "./_components/active-badge";
import { RecordActions } from "./_components/record-actions";
import { ZoneFormDialog } from "./_components/zone-form";
import { ZoneMoveButtons } from "./_components/zone-move-buttons";

export const metadata: Metadata = { title: "Delivery zones · Admin" };

type TSearch = Record<string, string | string[] | undefined>;
const PATH = "/admin/deliveries/zones";
const COLUMNS = [
  { label: "Order" },
  { label: "Zone" },
  { label: "Fee", alignRight: true },
  { label: "ETA" },
  { label: "Orders", alignRight: true },
  { label: "Addresses", alignRight: true },
  { label: "Status" },
  { label: "Actions", srOnly: true },
];

export default async function AdminDeliveryZonesPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/deliveries");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZZoneListFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listDeliveryZonesAdmin(filters);
  const isFiltered = Boolean(filters.q || filters.status);

  return (
    <>
      <DashboardHeading
        title="Zones & fees"
        description="Where we deliver and what it costs. Checkout lists the active zones in this order."
        actions={<ZoneFormDialog save={saveDeliveryZoneAction} />}
      />
      <RecordListTop
        path={PATH}
        filtersUnderstood={parsed.success}
        filters={filters}
        counts={list.counts}
        label="Zones"
        placeholder="Search name, slug or region"
      />

      {list.rows.length === 0 ? (
        <RecordListEmpty
          path={PATH}
          icon={<MapPinned aria-hidden="true" />}
          isFiltered={isFiltered}
          total={list.total}
          noMatchTitle="No zone matches"
          showAllLabel="Show every zone"
          emptyTitle="No delivery zones yet"
          emptyText="Customers can only choose home delivery once there is an active zone with its fee."
          newButton={<ZoneFormDialog save={saveDeliveryZoneAction} />}
        />
      ) : (
        <>
          <ul className="space-y-2 md:hidden">
            {list.rows.map((z) => (
              <li key={z.id} className={RECORD_CARD_CLASS}>
                <div className="flex items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-semibold text-ink">
                      <span className="mr-1.5 text-ink-muted tabular-nums">{z.rank}.</span>
                      {z.name}
                    </p>
                    <p className="truncate text-xs text-ink-muted">{z.slug}</p>
                  </div>
                  <ActiveBadge isActive={z.isActive} />
                </div>
                <p className="mt-2 text-sm">
                  <span className="font-semibold tabular-nums">{formatMoney(z.feeMinor)}</span>
                  <span className="text-ink-muted">
                    {" "}
                    · {z.region} · {etaText(z.etaDays)}
                  </span>
                </p>
                <p className="mt-1 text-sm text-ink-muted">{usedBy(z)}</p>
                <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
                  <Actions zone={z} />
                  <Move zone={z} />
                </div>
              </li>
            ))}
          </ul>
          <RecordTable className="min-w-[820px]" caption="Delivery zones in checkout order" columns={COLUMNS}>
            {list.rows.map((z) => (
              <tr key={z.id} className={recordRowClass(z.isActive)}>
                <td className="py-2 pr-2 pl-3">
                  <div className="flex items-center gap-1">
                    <span className="w-6 text-right text-ink-muted tabular-nums">{z.rank}</span>
                    <Move zone={z} />
                  </div>
                </td>
                <td className="min-w-44 px-3 py-3">
                  <div className="font-semibold text-ink">{z.name}</div>
                  <div className="text-xs text-ink-muted">
                    {z.region} · {z.slug}
                  </div>
                </td>
                <td className="px-3 py-3 text-right font-semibold whitespace-nowrap tabular-nums">
                  {formatMoney(z.feeMinor)}
                </td>
                <td className="px-3 py-3 whitespace-nowrap">{etaText(z.etaDays)}</td>
                <td className="px-3 py-3 text-right tabular-nums">{z.usage.orders.toLocaleString("en-GH")}</td>
                <td className="px-3 py-3 text-right tabular-nums">{z.usage.addresses.toLocaleString("en-GH")}</td>
                <td className="px-3 py-3">
                  <ActiveBadge isActive={z.isActive} />
                </td>
                <td className="px-3 py-2">
                  <Actions zone={z} />
                </td>
              </tr>
            ))}
          </RecordTable>
          {isFiltered ? (
            <p className="mt-3 text-sm text-ink-muted">
              Showing {list.rows.length} of {list.total} zones; moving a zone moves it among all of them.
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

function Actions({ zone: z }: { zone: TAdminDeliveryZone }) {
  const usage = usageWords(z.usage);
  const points = z.usage.pickupPoints;
  return (
    <RecordActions
      id={z.id}
      kind="Zone"
      name={z.name}
      isActive={z.isActive}
      usage={usage}
      deactivateEffect={
        `Customers can no longer choose ${z.name} for an address or at checkout.` +
        (usage ? ` The ${usage} that have it keep it (and its fee).` : "")
      }
      deleteEffect={
        points ? `${points} pickup point${points === 1 ? "" : "s"} in it will no longer belong to a zone.` : undefined
      }
      setActive={setDeliveryZoneActiveAction}
      remove={deleteDeliveryZoneAction}
      edit={
        <ZoneFormDialog
          save={saveDeliveryZoneAction}
          zone={{
            id: z.id,
            slug: z.slug,
            name: z.name,
            region: z.region,
            feeMinor: z.feeMinor,
            etaDays: z.etaDays,
            usage,
          }}
        />
      }
    />
  );
}

function Move({ zone: z }: { zone: TAdminDeliveryZone }) {
  return (
    <ZoneMoveButtons id={z.id} name={z.name} isFirst={z.isFirst} isLast={z.isLast} move={moveDeliveryZoneAction} />
  );
}

const etaText = (days: number) => (days === 0 ? "Same day" : days === 1 ? "1 day" : `${days} days`);

function usedBy(z: TAdminDeliveryZone): string {
  const words = usageWords(z.usage);
  return words ? `Used by ${words}` : "Not used yet";
}
