import Link from "next/link";
import { cn } from "@/lib/cn";

const LINKS = [
  { href: "/admin/deliveries", label: "Board" },
  { href: "/admin/deliveries/zones", label: "Zones & fees" },
  { href: "/admin/deliveries/pickup-points", label: "Pickup points" },
] as const;

/** Board · Zones & fees · Pickup points: the three pages of the deliveries section. */
export function DeliveriesSubnav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav aria-label="Deliveries" className="mb-4 flex gap-1 border-b border-black/10">
      {LINKS.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.href === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-semibold whitespace-nowrap",
            l.href === current
              ? "border-brand-600 text-brand-700"
              : "border-transparent text-ink-muted hover:border-black/20 hover:text-ink",
          )}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
