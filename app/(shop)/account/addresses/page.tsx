import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { AddressBook } from "@/app/(shop)/account/addresses/_components/address-book";
import { listAddresses } from "@/lib/addresses/list-addresses";
import { listDeliveryZones } from "@/lib/addresses/list-delivery-options";
import { requireUserPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Your addresses" };

export default async function AddressesPage() {
  const user = await requireUserPage("/account/addresses");
  const [addresses, zones] = await Promise.all([listAddresses({ userId: user.id }), listDeliveryZones()]);
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-6 sm:py-10">
      <Breadcrumbs items={[{ label: "Account", href: "/account" }, { label: "Addresses" }]} />
      <h1 className="mt-3 text-2xl font-semibold tracking-tight text-ink sm:text-3xl">Your addresses</h1>
      <p className="mt-1 text-sm text-ink-muted">
        Where we deliver in Ghana. Your default address is chosen first at checkout.
      </p>
      <AddressBook addresses={addresses} zones={zones} />
    </div>
  );
}
