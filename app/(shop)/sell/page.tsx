import type { Metadata } from "next";
import Link from "next/link";
import { BadgeCheck, Boxes, Wallet } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sell on Londom Imports" };

const STEPS = [
  {
    icon: BadgeCheck,
    title: "Apply",
    text: "Tell us about your business and where you source from. We review every vendor.",
  },
  {
    icon: Boxes,
    title: "List and source",
    text: "List products with sizes, colours and prices. Buy what customers have paid for before each batch cut-off.",
  },
  {
    icon: Wallet,
    title: "Get paid",
    text: "Hand items to our consolidation partner. Your earnings are paid to your bank or Mobile Money after delivery.",
  },
] as const;

export default function SellPage() {
  return (
    <div className="mx-auto max-w-4xl pt-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-ink sm:text-4xl">
        Sell to Ghana without shipping a single parcel
      </h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">
        Customers pay upfront in cedis. We consolidate, ship, deliver and collect — you source and get paid.
      </p>
      <ol className="mt-8 grid gap-4 md:grid-cols-3">
        {STEPS.map(({ icon: Icon, title, text }, i) => (
          <li key={title} className="rounded-card bg-surface p-5 ring-1 ring-black/5">
            <Icon aria-hidden="true" className="h-6 w-6 text-brand-700" />
            <h2 className="mt-3 font-bold text-ink">
              {i + 1}. {title}
            </h2>
            <p className="mt-1 text-sm leading-6 text-ink-muted">{text}</p>
          </li>
        ))}
      </ol>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/sign-up?callbackUrl=%2Fvendor" className={buttonClasses({ size: "lg" })}>
          Create your vendor account
        </Link>
        <Link href="/help" className={buttonClasses({ size: "lg", variant: "outline" })}>
          Read the FAQ
        </Link>
      </div>
    </div>
  );
}
