import "server-only";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { cache } from "react";
import { authOptions } from "./options";
import type { TSessionUser } from "./types";

export type { TMembership, TSessionUser } from "./types";

/**
 * The signed-in user for server components, route handlers and server actions, or null.
 * Memoised per request; the JWT is re-checked against the database at most once a minute.
 */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  // A session is per request: this makes any page asking for it dynamic before the auth
  // config is read (`next build` has no secrets and must not prerender such a page).
  await connection();
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
});
