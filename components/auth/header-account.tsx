"use client";

import { UserRound } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useViewer } from "./viewer-provider";

const linkClasses =
  "inline-flex h-11 items-center gap-2 rounded-control px-3 text-sm font-semibold text-ink hover:bg-black/5";

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
  // Before the answer: a link that works either way (/account sends a visitor to sign in).
  const isAnonymous = state.status === "anonymous";
  return (
    <Link href={isAnonymous ? "/sign-in" : "/account"} className={linkClasses}>
      <UserRound className="h-5 w-5" aria-hidden />
      <span className="max-sm:sr-only">{isAnonymous ? "Sign in" : "Account"}</span>
    </Link>
  );
}
