// POST /api/v1/checkout/quote — the review step: cart repriced with its changes, and the totals for a delivery choice and payment plan.
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/guards";
import { reviewCheckout } from "@/lib/checkout/review-checkout";
import { ZReviewInput } from "@/lib/checkout/schemas";
import { readJson, route } from "@/lib/http/route";

export const POST = route(async (req) => {
  const user = await requireUser();
  const input = ZReviewInput.parse(await readJson(req));
  return NextResponse.json(await reviewCheckout({ customerId: user.id, ...input }));
});
