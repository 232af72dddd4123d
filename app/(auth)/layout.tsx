import { Globe2, ShieldCheck, Smartphone, Truck } from "lucide-react";
import type { ReactNode } from "react";
import { Logo } from "@/components/shop/layout/logo";

const PERKS = [
  {
    icon: Globe2,
    title: "Shop London, Dubai, New York and more",
    short: "Shop abroad",
    text: "Pre-order from trusted vendors abroad.",
  },
  {
    icon: Smartphone,
    title: "Pay in cedis",
    short: "Card or MoMo",
    text: "Card or Mobile Money — deposit or pay in full.",
  },
  {
    icon: Truck,
    title: "Tracked to your door",
    short: "Tracked to Accra",
    text: "Follow every batch until it lands in Accra.",
  },
];

// The (auth) group's own minimal layout (the shop's logo links home), the form card, a brand panel on wide screens.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col lg:flex-row">
      <aside className="relative hidden overflow-hidden bg-brand-800 text-white lg:flex lg:w-[44%] lg:flex-col lg:justify-between lg:p-12">
        <div
          aria-hidden
          className="pointer-events-none absolute -top-24 -right-24 h-80 w-80 rounded-full bg-brand-600/60 blur-2xl"
        />
        <div
          aria-hidden
          className="pointer-events-none absolute -bottom-32 -left-16 h-96 w-96 rounded-full bg-accent-500/20 blur-3xl"
        />
        <div className="relative">
          <Logo isInverted />
        </div>
        <div className="relative max-w-md">
          <h2 className="text-3xl leading-tight font-semibold tracking-tight">
            Imported goods, delivered across Ghana.
          </h2>
          <ul className="mt-8 space-y-5">
            {PERKS.map(({ icon: Icon, title, text }) => (
              <li key={title} className="flex gap-4">
                <span className="flex h-10 w-10 shrink-0 items-center justify-center rounded-control bg-white/10 ring-1 ring-white/15">
                  <Icon className="h-5 w-5 text-accent-400" aria-hidden />
                </span>
                <span>
                  <span className="block font-medium">{title}</span>
                  <span className="block text-sm text-brand-100/80">{text}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <p className="relative flex items-center gap-2 text-sm text-brand-100/80">
          <ShieldCheck className="h-4 w-4" aria-hidden /> Payments secured by Paystack
        </p>
      </aside>

      <div className="flex flex-1 flex-col">
        <header className="flex justify-center px-4 pt-8 pb-6 lg:hidden">
          <Logo />
        </header>
        <main className="flex flex-1 items-start justify-center px-4 pb-10 lg:items-center lg:py-12">
          <div className="w-full max-w-md">
            {children}
            <ul className="mt-6 grid grid-cols-3 gap-2 text-center text-xs text-ink-muted lg:hidden">
              {PERKS.map(({ icon: Icon, short }) => (
                <li key={short} className="flex flex-col items-center gap-1.5">
                  <span className="flex h-9 w-9 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                    <Icon className="h-4 w-4" aria-hidden />
                  </span>
                  {short}
                </li>
              ))}
            </ul>
          </div>
        </main>
        <footer className="px-4 pb-6 text-center text-xs text-ink-subtle">
          © {new Date().getFullYear()} Londom Imports · Accra, Ghana
        </footer>
      </div>
    </div>
  );
}
