// POST /api/auth/sign-up — create a customer account (rate limited per IP and per email).
// The client then signs in through next-auth's credentials callback.
import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/request-ip";
import { signUp } from "@/lib/auth/sign-up";
import { readJson, route } from "@/lib/http/route";

export const POST = route(async (req) => {
  const user = await signUp({ data: await readJson(req), ip: clientIp(req.headers) });
  return NextResponse.json({ user }, { status: 201 });
});
