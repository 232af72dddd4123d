// POST /api/vendor/products/import — step 1 of a CSV import: multipart/form-data with one
// `file` field; answers 201 { import } with what applying it would do (rows to create, to
// update, rejected rows) and keeps it PREVIEWED. Nothing in the catalog changes. A file that
// cannot be read (over 5 MB → 413, not UTF-8, wrong header, over 20,000 rows → 400) is
// answered with the reason and not kept. A route, not a server action: Next caps an action's
// body at serverActions.bodySizeLimit (1 MB by default). The body is counted while it is read,
// so a request without (or lying about) its Content-Length stops at the limit too.
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { PRODUCT_CSV_MAX_BYTES } from "@/lib/catalog/csv/columns";
import { previewProductImport } from "@/lib/catalog/csv/preview-product-import";

// The file plus the multipart envelope (boundaries, the part's headers).
const MAX_REQUEST_BYTES = PRODUCT_CSV_MAX_BYTES + 64 * 1024;

export const POST = route({ permission: "vendor:products:write" }, async (req, { vendor, user }) => {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the CSV as multipart/form-data (a form with a file field).");
  }
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_REQUEST_BYTES) return tooLarge();
  const form = await readForm(req, contentType);
  if (form === "TOO_LARGE") return tooLarge();
  const file = form.get("file");
  if (!file || typeof file === "string") throw new AppError("BAD_REQUEST", 'Choose a CSV file (form field "file").');
  if (file.size > PRODUCT_CSV_MAX_BYTES) return tooLarge();
  const preview = await previewProductImport({
    vendorId: vendor.vendorId,
    actorId: user.id,
    fileName: (file.name || "products.csv").slice(0, 200),
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  return NextResponse.json({ import: preview }, { status: 201 });
});

async function readForm(req: Request, contentType: string): Promise<FormData | "TOO_LARGE"> {
  if (!req.body) throw new AppError("BAD_REQUEST", "The request has no body.");
  let seen = 0;
  let exceeded = false;
  const counted = req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > MAX_REQUEST_BYTES) {
          exceeded = true;
          controller.error(new Error("request body too large"));
        } else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "content-type": contentType } }).formData();
  } catch {
    if (exceeded) return "TOO_LARGE";
    throw new AppError("BAD_REQUEST", "The upload could not be read as multipart/form-data.");
  }
}

function tooLarge() {
  return NextResponse.json(
    {
      error: {
        code: "PAYLOAD_TOO_LARGE",
        message: `A CSV can be at most ${PRODUCT_CSV_MAX_BYTES / 1024 / 1024} MB; split the file into smaller ones.`,
      },
    },
    { status: 413 },
  );
}
