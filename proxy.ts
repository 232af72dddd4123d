// Optimistic redirect of signed-out visitors away from signed-in areas. It only looks for a
// valid next-auth JWT cookie (no database): a revoked session or a missing role is refused by
// the guards in lib/auth/guards.ts, which every page and route calls itself.
import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { serverEnv } from "@/lib/env";

export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: serverEnv().authSecret }).catch(() => null);
  if (token?.sid) return NextResponse.next();
  const signIn = new URL("/sign-in", req.url);
  signIn.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/account/:path*", "/orders/:path*", "/checkout/:path*", "/vendor/:path*", "/admin/:path*"],
};
