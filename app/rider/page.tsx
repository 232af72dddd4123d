// /rider — the deliveries assigned to the signed-in rider: today's run in slot order, then
// what is coming and what they closed today. Each card has what is needed at the door and
// the lifecycle's next steps (out for delivery, delivered with the customer's code, failed).
import { PackageCheck } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRiderPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/rbac";
import { formatDate } from "@/lib/dates";
import { listRiderDeliveries, type TRiderDelivery } from "@/lib/deliveries/list-rider-deliveries";
import {
  deliverRiderDeliveryAction,
  dispatchRiderDeliveryAction,
  failRiderDeliveryAction,
  returnRiderDeliveryAction,
} from "./actions";
import { RiderDeliveryCard } from "./_components/rider-delivery-card";

export default async function RiderPage() {
  const user = await requireRiderPage("/rider");
  const list = await listRiderDeliveries({ riderId: user.id });
  const canReturn = can(user, "admin:deliveries");
  const firstName = user.name.split(" ")[0] ?? user.name;

  const card = (d: TRiderDelivery) => (
    <RiderDeliveryCard
      key={d.id}
      delivery={d}
      today={list.today}
      canReturn={canReturn}
      dispatch={dispatchRiderDeliveryAction}
      deliver={deliverRiderDeliveryAction}
      fail={failRiderDeliveryAction}
      markReturned={returnRiderDeliveryAction}
    />
  );

  return (
    <>
      <div className="mb-4">
        <h1 className="text-2xl font-extrabold tracking-tight text-ink">Today&apos;s deliveries</h1>
        <p className="mt-1 text-sm text-ink-muted">
          {formatDate(`${list.today}T12:00:00.000Z`, "EEEE d MMMM")} · {firstName},{" "}
          {list.toDo.length === 0
            ? "nothing left to carry."
            : `${list.toDo.length} ${list.toDo.length === 1 ? "delivery" : "deliveries"} to carry.`}
        </p>
      </div>

      <section aria-labelledby="rider-today">
        <h2 id="rider-today" className="sr-only">
          To deliver today
        </h2>
        {list.toDo.length === 0 ? (
          <Card>
            <EmptyState icon={<PackageCheck aria-hidden="true" />} title="Nothing assigned to you today">
              New deliveries appear here once operations assign them to you.
            </EmptyState>
          </Card>
        ) : (
          <ol className="space-y-3">
            {list.toDo.map((d) => (
              <li key={d.id}>{card(d)}</li>
            ))}
          </ol>
        )}
      </section>

      {list.upcoming.length > 0 ? (
        <section aria-labelledby="rider-upcoming" className="mt-8">
          <h2 id="rider-upcoming" className="mb-2 text-base font-bold text-ink">
            Upcoming <span className="font-normal text-ink-muted">· {list.upcoming.length}</span>
          </h2>
          <ul className="divide-y divide-black/5 overflow-hidden rounded-card bg-surface shadow-card ring-1 ring-black/5">
            {list.upcoming.map((d) => (
              <li key={d.id} className="flex items-start justify-between gap-3 px-4 py-3 text-sm">
                <div className="min-w-0">
                  <p className="font-semibold text-ink">{d.orderNumber}</p>
                  <p className="truncate text-ink-muted">
                    {d.recipientName} · {d.place.title ?? d.place.lines.slice(-2).join(", ")}
                  </p>
                </div>
                <p className="shrink-0 text-right text-ink-muted">
                  {d.scheduledDate ? formatDate(`${d.scheduledDate}T12:00:00.000Z`, "EEE d MMM") : ""}
                  <br />
                  {d.slotLabel?.split(" ")[0]}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {list.doneToday.length > 0 ? (
        <section aria-labelledby="rider-done" className="mt-8">
          <h2 id="rider-done" className="mb-2 text-base font-bold text-ink">
            Done today <span className="font-normal text-ink-muted">· {list.doneToday.length}</span>
          </h2>
          <ul className="space-y-3">
            {list.doneToday.map((d) => (
              <li key={d.id}>{card(d)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
