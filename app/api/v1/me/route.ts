// GET /api/v1/me — who is browsing, for the storefront header and cart sync. The storefront's
// pages are cached for every visitor alike, so the visitor's own state is asked for here,
// after the page has loaded, and never cached.
import { NextResponse } from "next/server";
import { isAdmin } from "@/lib/auth/rbac";
import { route } from "@/lib/http/route";
import type { TViewer } from "@/lib/auth/types";
import { NO_STORE } from "../_lib/cache-headers";

export const GET = route({ permission: "public", readSession: true }, async (_req, { user }) => {
  const viewer: TViewer | null = user
    ? { name: user.name, email: user.email, isVendor: user.membership !== null, isAdmin: isAdmin(user) }
    : null;
  return NextResponse.json({ viewer }, { headers: NO_STORE });
});
