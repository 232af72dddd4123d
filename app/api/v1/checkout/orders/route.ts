// POST /api/v1/checkout/orders — place the order (Idempotency-Key header: a retry returns the same order, never a second one).
import { NextResponse } from "next/server";
import { z } from "zod";
import { placeReviewedOrder } from "@/lib/checkout/place-reviewed-order";
import { ZIdempotencyKey, ZPlaceOrderBody } from "@/lib/checkout/schemas";
import { route } from "@/lib/http/route";

const ZHeaders = z.object({ "idempotency-key": ZIdempotencyKey });

export const POST = route(
  { permission: "orders:place", headers: ZHeaders, body: ZPlaceOrderBody },
  async (_req, { user, headers, body }) => {
    const placed = await placeReviewedOrder({ customerId: user.id, idempotencyKey: headers["idempotency-key"], body });
    return NextResponse.json(placed, { status: placed.created ? 201 : 200 });
  },
);
