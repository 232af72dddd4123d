// POST /api/auth/sign-up — create a customer account (rate limited per IP and per email).
// The client then signs in through next-auth's credentials callback.
import { NextResponse } from "next/server";
import { z } from "zod";
import { signUp } from "@/lib/auth/sign-up";
import { route } from "@/lib/http/route";

// The body is parsed by signUp itself, after the per-IP rate limit (bad input counts too).
export const POST = route({ permission: "public", body: z.unknown() }, async (_req, { body, ip }) => {
  const user = await signUp({ data: body, ip });
  return NextResponse.json({ user }, { status: 201 });
});
