// GET /media/<key> — serves stored media (product images) with a year-long immutable cache:
// keys carry a content hash, so a changed image gets a new URL.
import { z } from "zod";
import { route } from "@/lib/http/route";
import { readMedia } from "@/lib/storage/media";

const ZParams = z.object({ key: z.array(z.string()).min(1) });

export const GET = route({ permission: "public", params: ZParams }, async (_req, { params: { key } }) => {
  const file = await readMedia(key.join("/"));
  if (!file)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
