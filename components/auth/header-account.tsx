"use client";

import dynamic from "next/dynamic";
import { AccountLink } from "./account-link";
import { useViewer } from "./viewer-provider";

// The dropdown (Radix menu, next-auth's sign-out) is fetched only for signed-in visitors;
// while it loads, a look-alike avatar keeps the header from shifting.
const AccountMenuDropdown = dynamic(() => import("./account-menu-dropdown").then((m) => m.AccountMenuDropdown), {
  ssr: false,
  loading: () => (
    <span aria-hidden className="inline-flex h-11 items-center px-2">
      <span className="h-8 w-8 rounded-full bg-brand-600/60" />
    </span>
  ),
});

/** The storefront header's account control, driven by the visitor state asked after load. */
export function HeaderAccount() {
  const state = useViewer();
  if (state.status === "signed-in") {
    const { viewer } = state;
    return (
      <AccountMenuDropdown
        name={viewer.name}
        email={viewer.email}
        showVendor={viewer.isVendor}
        showAdmin={viewer.isAdmin}
      />
    );
  }
  // Not known yet: /account works either way (it sends a signed-out visitor to sign in).
  return state.status === "anonymous" ? (
    <AccountLink href="/sign-in" label="Sign in" />
  ) : (
    <AccountLink href="/account" label="Account" />
  );
}
