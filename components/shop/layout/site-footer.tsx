import Link from "next/link";
import type { TCategoryNode } from "@/lib/catalog/list-categories";
import { Logo } from "@/components/shop/layout/logo";

const PAYMENT_METHODS = [
  { label: "Visa", className: "bg-white text-[#1a1f71] italic font-black" },
  { label: "Mastercard", className: "bg-white text-[#1d1d1b]" },
  { label: "MTN MoMo", className: "bg-[#ffcc00] text-[#1d1d1b]" },
  { label: "Telecel Cash", className: "bg-[#e60000] text-white" },
  { label: "AirtelTigo Money", className: "bg-white text-[#b5001b]" },
] as const;

export function SiteFooter({ categories }: { categories: TCategoryNode[] }) {
  const roots = categories.filter((c) => c.parentId === null).slice(0, 6);
  return (
    <footer className="mt-16 bg-brand-900 text-brand-100">
      <div className="mx-auto grid max-w-page grid-cols-2 gap-x-6 gap-y-10 px-4 py-12 sm:px-6 md:grid-cols-[1.4fr_1fr_1fr_1fr]">
        <div className="col-span-2 md:col-span-1">
          <Logo isInverted />
          <p className="mt-4 max-w-xs text-sm leading-6 text-brand-100">
            Shop London, Dubai and New York — pay in cedis. We consolidate your pre-orders into shipment batches and
            deliver across Ghana.
          </p>
        </div>
        <FooterColumn title="Shop">
          {roots.map((c) => (
            <FooterLink key={c.id} href={`/c/${c.slug}`}>
              {c.name}
            </FooterLink>
          ))}
        </FooterColumn>
        <FooterColumn title="Help">
          <FooterLink href="/help">Help centre &amp; FAQ</FooterLink>
          <FooterLink href="/help#pre-orders">How pre-orders work</FooterLink>
          <FooterLink href="/help#delivery">Delivery &amp; pickup</FooterLink>
          <FooterLink href="/help#refunds">Refunds &amp; returns</FooterLink>
          <FooterLink href="/orders">Track an order</FooterLink>
        </FooterColumn>
        <FooterColumn title="Company">
          <FooterLink href="/about">About us</FooterLink>
          <FooterLink href="/sell">Sell on Londom Imports</FooterLink>
          <FooterLink href="/vendor">Vendor dashboard</FooterLink>
        </FooterColumn>
      </div>
      <div className="border-t border-white/10">
        <div className="mx-auto flex max-w-page flex-col gap-4 px-4 py-6 sm:px-6 md:flex-row md:items-center md:justify-between">
          <div>
            <h2 className="sr-only">Payment methods</h2>
            <ul className="flex flex-wrap gap-2" aria-label="We accept">
              {PAYMENT_METHODS.map((m) => (
                <li key={m.label} className={`rounded-md px-2.5 py-1 text-xs font-bold shadow-sm ${m.className}`}>
                  {m.label}
                </li>
              ))}
            </ul>
          </div>
          <p className="text-xs text-brand-200">
            © {new Date().getFullYear()} Londom Imports · Accra, Ghana · Payments secured by Paystack
          </p>
        </div>
      </div>
    </footer>
  );
}

function FooterColumn({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <h2 className="text-sm font-semibold text-white">{title}</h2>
      <ul className="mt-3 space-y-2">{children}</ul>
    </div>
  );
}

function FooterLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <li>
      <Link href={href} className="text-sm text-brand-100 hover:text-white hover:underline">
        {children}
      </Link>
    </li>
  );
}
