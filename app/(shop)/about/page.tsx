import type { Metadata } from "next";

export const metadata: Metadata = { title: "About us" };

export default function AboutPage() {
  return (
    <article className="mx-auto max-w-3xl pt-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-ink">About Londom Imports</h1>
      <div className="mt-4 space-y-4 leading-7 text-ink-muted">
        <p>
          Londom Imports lets shoppers in Ghana buy from trusted vendors in London, Dubai and New York and pay in cedis
          — by card or Mobile Money — without sending money to strangers or paying for a shipment on their own.
        </p>
        <p>
          Vendors list what they can source. You pre-order and pay; we hold your money, group every paid order from one
          city into a shipment batch, fly or ship it to our Accra hub, and deliver it to you. Vendors are paid only
          after you receive your order.
        </p>
        <p>Some items are already in Ghana: those are marked “In stock” and are delivered within days.</p>
      </div>
    </article>
  );
}
