// /help — how pre-orders, payments, delivery and refunds work (static FAQ; the editable FAQ
// and support tickets arrive with the support issue).
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Help & FAQ" };

const SECTIONS = [
  {
    id: "pre-orders",
    title: "How pre-orders work",
    items: [
      [
        "What is a batch?",
        "Vendors abroad buy your item after you order. We collect every paid pre-order from one city (London, Dubai, New York) until the batch cut-off, then ship them together by air or sea to our Accra hub.",
      ],
      [
        "When will my order arrive?",
        "Each product page shows the batch your order would ship in, its cut-off countdown and the estimated arrival window in Accra. Your order page shows every step live.",
      ],
      [
        "What if the vendor cannot find my item?",
        "You get a full refund for that item to your card or Mobile Money wallet. Your other items still ship.",
      ],
    ],
  },
  {
    id: "payments",
    title: "Payments",
    items: [
      [
        "How can I pay?",
        "In cedis by Visa or Mastercard, MTN MoMo, Telecel Cash or AirtelTigo Money, through Paystack. We never see your card number.",
      ],
      [
        "Can I pay a deposit?",
        "Yes: pay a deposit at checkout and the balance when your batch arrives in Accra. Items are delivered once the balance is paid.",
      ],
      [
        "Is my money safe?",
        "We hold your payment until your order is delivered. Vendors are paid only after delivery.",
      ],
    ],
  },
  {
    id: "delivery",
    title: "Delivery & pickup",
    items: [
      [
        "Where do you deliver?",
        "Home delivery across Greater Accra and major cities, with a fee by zone, or free pickup at our Accra hub.",
      ],
      [
        "What is the delivery code?",
        "We text you a 6-digit code. Give it to the rider only when you have your parcel.",
      ],
    ],
  },
  {
    id: "refunds",
    title: "Refunds & returns",
    items: [
      [
        "How do I ask for a refund or return?",
        "Open your order, choose the item and tell us why. Refunds go back to the card or wallet you paid with.",
      ],
      [
        "How long do refunds take?",
        "Mobile Money refunds usually arrive within a day; card refunds can take up to 10 working days depending on your bank.",
      ],
    ],
  },
] as const;

export default function HelpPage() {
  return (
    <div className="mx-auto max-w-3xl pt-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-ink">Help &amp; FAQ</h1>
      <p className="mt-2 text-ink-muted">Everything about ordering from abroad with Londom Imports.</p>
      <nav aria-label="Help topics" className="mt-6 flex flex-wrap gap-2">
        {SECTIONS.map((s) => (
          <a
            key={s.id}
            href={`#${s.id}`}
            className="rounded-pill bg-surface px-4 py-2 text-sm font-medium text-ink ring-1 ring-black/10 hover:bg-brand-50"
          >
            {s.title}
          </a>
        ))}
      </nav>
      {SECTIONS.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} className="mt-10 scroll-mt-40">
          <h2 id={`${s.id}-title`} className="text-xl font-bold text-ink">
            {s.title}
          </h2>
          <div className="mt-3 divide-y divide-black/5 rounded-card bg-surface ring-1 ring-black/5">
            {s.items.map(([q, a]) => (
              <details key={q} className="group px-5 py-4">
                <summary className="cursor-pointer list-none font-semibold text-ink marker:hidden">{q}</summary>
                <p className="mt-2 text-sm leading-6 text-ink-muted">{a}</p>
              </details>
            ))}
          </div>
        </section>
      ))}
      <p className="mt-10 text-sm text-ink-muted">
        Still need help? Open your{" "}
        <Link href="/orders" className="font-semibold text-brand-700 hover:underline">
          orders
        </Link>{" "}
        and contact us about a specific order.
      </p>
    </div>
  );
}
