// POST /api/v1/checkout/quote — the review step: cart repriced with its changes, and the totals for a delivery choice and payment plan.
import { NextResponse } from "next/server";
import { reviewCheckout } from "@/lib/checkout/review-checkout";
import { ZReviewInput } from "@/lib/checkout/schemas";
import { route } from "@/lib/http/route";

export const POST = route({ permission: "orders:place", body: ZReviewInput }, async (_req, { user, body }) =>
  NextResponse.json(await reviewCheckout({ customerId: user.id, ...body })),
);
