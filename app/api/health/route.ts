// GET /api/health — liveness plus database reachability, for load balancers and the e2e server.
import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/health";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "public" }, async () => {
  const database = await checkDatabase();
  const ok = database.status === "ok";
  return NextResponse.json({ status: ok ? "ok" : "degraded", database }, { status: ok ? 200 : 503 });
});
