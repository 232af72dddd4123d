import { isAdmin } from "@/lib/auth/rbac";
import { getSessionUser } from "@/lib/auth/session";
import { AccountLink } from "./account-link";
import { AccountMenuDropdown } from "./account-menu-dropdown";

/** Header account control: "Sign in" when anonymous, else a dropdown (server part reads the session). */
export async function AccountMenu() {
  const user = await getSessionUser();
  if (!user) return <AccountLink href="/sign-in" label="Sign in" />;
  return (
    <AccountMenuDropdown
      name={user.name}
      email={user.email}
      showVendor={user.membership !== null}
      showAdmin={isAdmin(user)}
    />
  );
}
