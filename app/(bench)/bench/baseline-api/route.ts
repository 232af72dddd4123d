// GET /bench/baseline-api — benchmark baseline for GET /api/v1/products: the same JSON body
// and headers from a constant (no database, no data cache).
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { FIXTURE } from "../_fixture/fixture";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "public" }, async () =>
  NextResponse.json(FIXTURE.api, {
    headers: {
      "Cache-Control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
      "X-Robots-Tag": "noindex",
    },
  }),
);
