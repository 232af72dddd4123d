import { signOut } from "next-auth/react";

/** Ends the session (next-auth also revokes its UserSession row), then a full load of home. */
export async function signOutAndGoHome(): Promise<void> {
  // redirect:false: the URL next-auth would choose depends on NEXTAUTH_URL, not on this origin.
  await signOut({ redirect: false });
  window.location.assign("/");
}
