import { UserRound } from "lucide-react";
import Link from "next/link";
import { isAdmin } from "@/lib/auth/rbac";
import { getSessionUser } from "@/lib/auth/session";
import { AccountMenuDropdown } from "./account-menu-dropdown";

/** Header account control: "Sign in" when anonymous, else a dropdown (server part reads the session). */
export async function AccountMenu() {
  const user = await getSessionUser();
  if (!user) {
    return (
      <Link
        href="/sign-in"
        className="inline-flex h-11 items-center gap-2 rounded-control px-3 text-sm font-semibold text-ink hover:bg-black/5"
      >
        <UserRound className="h-5 w-5" aria-hidden />
        <span className="max-sm:sr-only">Sign in</span>
      </Link>
    );
  }
  return (
    <AccountMenuDropdown
      name={user.name}
      email={user.email}
      showVendor={user.memberships.length > 0}
      showAdmin={isAdmin(user)}
    />
  );
}
