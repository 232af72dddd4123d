// /admin/deliveries/pickup-points — where customers collect for free: every point in the
// order checkout lists them (city, then name), its zone, how many orders chose it, and
// create / edit / (de)activate / delete, each confirmed. A point an order chose is never
// deleted, only deactivated (checkout stops offering it; those orders keep it).
import type { Metadata } from "next";
import { Store } from "lucide-react";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { flatSearchParams } from "@/components/ui/list-controls";
import { formatGhanaPhone } from "@/lib/addresses/schemas";
import { listPickupPointsAdmin, type TAdminPickupPoint } from "@/lib/deliveries/list-pickup-points-admin";
import { ZZoneListFilters } from "@/lib/deliveries/schemas";
import { usageWords } from "@/lib/deliveries/usage-text";
import { requireAdminSection } from "../../_lib/guard";
import {
  RECORD_CARD_CLASS,
  RecordListEmpty,
  RecordListTop,
  RecordTable,
  recordRowClass,
} from "../_components/record-list";
import { ActiveBadge } from "../zones/_components/active-badge";
import { RecordActions } from "../zones/_components/record-actions";
import { deletePickupPointAction, savePickupPointAction, setPickupPointActiveAction } from "./actions";
import { PickupPointFormDialog } from "./_components/pickup-point-form";

export const metadata: Metadata = { title: "Pickup points · Admin" };

type TSearch = Record<string, string | string[] | undefined>;
type TZoneOption = { id: string; name: string; isActive: boolean };
const PATH = "/admin/deliveries/pickup-points";
const COLUMNS = [
  { label: "Pickup point" },
  { label: "Address" },
  { label: "Contact · hours" },
  { label: "Zone" },
  { label: "Orders", alignRight: true },
  { label: "Actions", srOnly: true },
];

export default async function AdminPickupPointsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  await requireAdminSection("/admin/deliveries");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZZoneListFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listPickupPointsAdmin(filters);
  const isFiltered = Boolean(filters.q || filters.status);
  const newButton = <PickupPointFormDialog zones={list.zones} save={savePickupPointAction} />;

  return (
    <>
      <DashboardHeading
        title="Pickup points"
        description="Where customers collect their orders for free. Checkout lists the active ones by city."
        actions={newButton}
      />
      <RecordListTop
        path={PATH}
        filtersUnderstood={parsed.success}
        filters={filters}
        counts={list.counts}
        label="Pickup points"
        placeholder="Search name, city or address"
      />

      {list.rows.length === 0 ? (
        <RecordListEmpty
          path={PATH}
          icon={<Store aria-hidden="true" />}
          isFiltered={isFiltered}
          total={list.total}
          noMatchTitle="No pickup point matches"
          showAllLabel="Show every pickup point"
          emptyTitle="No pickup points yet"
          emptyText="Add one so customers can collect their orders instead of paying for delivery."
          newButton={newButton}
        />
      ) : (
        <>
          <ul className="space-y-2 md:hidden">
            {list.rows.map((p) => (
              <li key={p.id} className={RECORD_CARD_CLASS}>
                <div className="flex items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-semibold text-ink">{p.name}</p>
                    <p className="truncate text-xs text-ink-muted">{p.slug}</p>
                  </div>
                  <ActiveBadge isActive={p.isActive} />
                </div>
                <p className="mt-2 text-sm">{fullAddress(p)}</p>
                <p className="text-sm text-ink-muted">
                  {formatGhanaPhone(p.phone)} · {p.openingHours}
                </p>
                <p className="mt-1 text-sm text-ink-muted">
                  {p.zone ? `Zone ${p.zone.name}` : "No zone"} · {usedBy(p)}
                </p>
                <div className="mt-3">
                  <Actions point={p} zones={list.zones} />
                </div>
              </li>
            ))}
          </ul>
          <RecordTable className="min-w-[840px]" caption="Pickup points by city" columns={COLUMNS}>
            {list.rows.map((p) => (
              <tr key={p.id} className={recordRowClass(p.isActive)}>
                <td className="min-w-40 px-3 py-3">
                  <div className="font-semibold text-ink">{p.name}</div>
                  <div className="text-xs text-ink-muted">{p.slug}</div>
                  <div className="mt-1">
                    <ActiveBadge isActive={p.isActive} />
                  </div>
                </td>
                <td className="min-w-48 px-3 py-3">
                  <div>{p.address}</div>
                  {mentionsCity(p) ? null : <div className="text-xs text-ink-muted">{p.city}</div>}
                </td>
                <td className="px-3 py-3">
                  <div className="whitespace-nowrap">{formatGhanaPhone(p.phone)}</div>
                  <div className="text-xs text-ink-muted">{p.openingHours}</div>
                </td>
                <td className="px-3 py-3">
                  {p.zone ? (
                    <span>
                      {p.zone.name}
                      {p.zone.isActive ? null : <span className="text-xs text-ink-muted"> (inactive)</span>}
                    </span>
                  ) : (
                    <span className="text-ink-muted">—</span>
                  )}
                </td>
                <td className="px-3 py-3 text-right tabular-nums">{p.usage.orders.toLocaleString("en-GH")}</td>
                <td className="px-3 py-2">
                  <Actions point={p} zones={list.zones} />
                </td>
              </tr>
            ))}
          </RecordTable>
        </>
      )}
    </>
  );
}

function Actions({ point: p, zones }: { point: TAdminPickupPoint; zones: TZoneOption[] }) {
  const usage = usageWords(p.usage);
  return (
    <RecordActions
      id={p.id}
      kind="Pickup point"
      name={p.name}
      isActive={p.isActive}
      usage={usage}
      deactivateEffect={
        `Customers can no longer choose ${p.name} at checkout.` +
        (usage ? ` The ${usage} already placed for collection there keep it.` : "")
      }
      setActive={setPickupPointActiveAction}
      remove={deletePickupPointAction}
      edit={
        <PickupPointFormDialog
          zones={zones}
          save={savePickupPointAction}
          point={{
            id: p.id,
            slug: p.slug,
            name: p.name,
            address: p.address,
            city: p.city,
            phone: p.phone,
            openingHours: p.openingHours,
            zoneId: p.zone?.id ?? null,
            usage,
          }}
        />
      }
    />
  );
}

function usedBy(p: TAdminPickupPoint): string {
  const words = usageWords(p.usage);
  return words ? `Used by ${words}` : "Not used yet";
}

/** Addresses often end with their city already ("…, Osu, Accra"): say it once. */
const mentionsCity = (p: { address: string; city: string }) => p.address.toLowerCase().includes(p.city.toLowerCase());
const fullAddress = (p: { address: string; city: string }) => (mentionsCity(p) ? p.address : `${p.address}, ${p.city}`);
