import { Banknote, PlaneLanding, ShieldCheck, Truck } from "lucide-react";

const PROPS = [
  { icon: Banknote, title: "Pay in cedis", text: "Card, MTN MoMo, Telecel Cash, AirtelTigo Money" },
  { icon: ShieldCheck, title: "Money held safely", text: "Vendors are paid only after delivery" },
  { icon: PlaneLanding, title: "Weekly batches", text: "Air and sea shipments with arrival windows" },
  { icon: Truck, title: "Delivery or pickup", text: "To your door, or free at our Accra hub" },
] as const;

export function ValueProps() {
  return (
    <ul className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
      {PROPS.map(({ icon: Icon, title, text }) => (
        <li key={title} className="flex items-start gap-3 rounded-card bg-surface p-3 ring-1 ring-black/5 sm:p-4">
          <span className="grid h-9 w-9 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
            <Icon aria-hidden="true" className="h-5 w-5" />
          </span>
          <span>
            <span className="block text-sm font-semibold text-ink">{title}</span>
            <span className="mt-0.5 block text-xs leading-5 text-ink-muted">{text}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
