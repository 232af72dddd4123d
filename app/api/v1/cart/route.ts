// GET/PUT /api/v1/cart — the signed-in customer's stored cart. PUT { lines, mode: "replace" }
// after each change; { mode: "merge" } once after sign-in (union, larger quantity wins).
import { NextResponse } from "next/server";
import { getServerCart, mergeServerCart, replaceServerCart } from "@/lib/cart/server-cart";
import { ZCartPutInput } from "@/lib/cart/schema";
import { route } from "@/lib/http/route";
import { NO_STORE } from "../_lib/cache-headers";

export const GET = route({ permission: "account:read" }, async (_req, { user }) => {
  const lines = await getServerCart({ userId: user.id });
  return NextResponse.json({ userId: user.id, lines }, { headers: NO_STORE });
});

export const PUT = route({ permission: "account:write", body: ZCartPutInput }, async (_req, { user, body }) => {
  const lines =
    body.mode === "merge"
      ? await mergeServerCart({ userId: user.id, lines: body.lines })
      : await replaceServerCart({ userId: user.id, lines: body.lines });
  return NextResponse.json({ userId: user.id, lines }, { headers: NO_STORE });
});
