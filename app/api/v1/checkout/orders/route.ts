// POST /api/v1/checkout/orders — place the order (Idempotency-Key header: a retry returns the same order, never a second one).
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/guards";
import { placeReviewedOrder } from "@/lib/checkout/place-reviewed-order";
import { ZIdempotencyKey, ZPlaceOrderBody } from "@/lib/checkout/schemas";
import { readJson, route } from "@/lib/http/route";

export const POST = route(async (req) => {
  const user = await requireUser();
  const key = ZIdempotencyKey.parse(req.headers.get("idempotency-key") ?? undefined);
  const body = ZPlaceOrderBody.parse(await readJson(req));
  const placed = await placeReviewedOrder({ customerId: user.id, idempotencyKey: key, body });
  return NextResponse.json(placed, { status: placed.created ? 201 : 200 });
});
