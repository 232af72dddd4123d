// POST /api/internal/cache/revalidate — this server's catalog cache listener relays tags another
// process changed (revalidateTag only works inside a request). Signed; see the lib module.
import { NextResponse } from "next/server";
import { expireCatalogTags } from "@/lib/catalog/cache/catalog-cache";
import { readRevalidateRequest } from "@/lib/catalog/cache/revalidate-request";
import { serverEnv } from "@/lib/env";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// Public: authenticity is the HMAC signature readRevalidateRequest checks.
export const POST = route({ permission: "public", serverToServer: true }, async (req) => {
  const tags = await readRevalidateRequest(req, serverEnv().authSecret);
  expireCatalogTags(tags);
  return NextResponse.json({ expired: tags });
});
