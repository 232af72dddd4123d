// GET/PUT /api/v1/cart — the signed-in customer's stored cart. PUT { lines, mode: "replace" }
// after each change; { mode: "merge" } once after sign-in (union, larger quantity wins).
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/guards";
import { getServerCart, mergeServerCart, replaceServerCart } from "@/lib/cart/server-cart";
import { ZCartPutInput } from "@/lib/cart/schema";
import { readJson, route } from "@/lib/http/route";
import { NO_STORE } from "../_lib/cache-headers";

export const GET = route(async () => {
  const user = await requireUser();
  const lines = await getServerCart({ userId: user.id });
  return NextResponse.json({ userId: user.id, lines }, { headers: NO_STORE });
});

export const PUT = route(async (req) => {
  const user = await requireUser();
  const input = ZCartPutInput.parse(await readJson(req));
  const lines =
    input.mode === "merge"
      ? await mergeServerCart({ userId: user.id, lines: input.lines })
      : await replaceServerCart({ userId: user.id, lines: input.lines });
  return NextResponse.json({ userId: user.id, lines }, { headers: NO_STORE });
});
