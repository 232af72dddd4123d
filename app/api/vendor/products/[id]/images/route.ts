// POST /api/vendor/products/<id>/images — adds photos to one of the session vendor's products:
// multipart/form-data with one or more `files` fields (the editor sends one file per request,
// to show each file's progress). All or none: 201 { images } with the rows created, or a 4xx
// whose message names the file and the limit — 413 too large, 415 not a JPEG/PNG/WebP/AVIF/GIF
// (sniffed from the bytes), 409 more than 12 images, 422 smaller than 200 px, 404 another
// vendor's or an unknown product. A server action would not do: Next buffers an action's
// whole body and caps it at serverActions.bodySizeLimit (1 MB by default).
//
// Memory: a route handler gets the raw request stream and Next sets no size limit on it
// (proxy.ts does not match /api, so no proxy body buffering either), and Request.formData()
// reads the whole body. So the declared Content-Length is checked before reading, and the
// stream is counted while it is read, so a chunked or lying request stops at the limit too.
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { PRODUCT_IMAGE_LIMITS, formatMegabytes } from "@/lib/catalog/client/image-limits";
import { uploadProductImages, type TUploadFile } from "@/lib/catalog/images/upload-product-image";

const L = PRODUCT_IMAGE_LIMITS;
const MAX_UPLOAD_REQUEST_BYTES = L.maxRequestBytes;

const ZParams = z.object({ id: z.string().trim().min(1).max(64) });

export const POST = route({ permission: "vendor:products:write", params: ZParams }, async (req, { vendor, params }) => {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the images as multipart/form-data (a form with file fields).");
  }
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_REQUEST_BYTES) return requestTooLarge();

  const form = await readForm(req, contentType);
  if (form === "TOO_LARGE") return requestTooLarge();
  const entries = form.getAll("files").filter((v): v is File => typeof v !== "string");
  if (entries.length === 0) throw new AppError("BAD_REQUEST", 'Choose at least one image (form field "files").');
  if (entries.length > L.maxImages) {
    throw new AppError("CONFLICT", `A product can have ${L.maxImages} images; this request has ${entries.length}.`, {
      details: { reason: "TOO_MANY" },
    });
  }
  const tooBig = entries.find((f) => f.size > L.maxFileBytes);
  if (tooBig) return fileTooLarge(tooBig.name, tooBig.size);

  const files: TUploadFile[] = [];
  for (const f of entries) files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  try {
    const saved = await uploadProductImages({ vendorId: vendor.vendorId, productId: params.id, files });
    return NextResponse.json({ images: saved.images }, { status: 201 });
  } catch (e) {
    // The limits' HTTP status; the use case itself answers in AppError codes.
    if (isAppError(e) && e.details?.reason === "TOO_LARGE") return tooLarge(e.message, e.details);
    throw e;
  }
});

async function readForm(req: Request, contentType: string): Promise<FormData | "TOO_LARGE"> {
  if (!req.body) throw new AppError("BAD_REQUEST", "The request has no body.");
  let seen = 0;
  let exceeded = false;
  const counted = req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > MAX_UPLOAD_REQUEST_BYTES) {
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

function tooLarge(message: string, details?: Record<string, unknown>) {
  return NextResponse.json(
    { error: { code: "PAYLOAD_TOO_LARGE", message, ...(details ? { details } : {}) } },
    { status: 413 },
  );
}

function requestTooLarge() {
  return tooLarge(
    `An upload can be at most ${formatMegabytes(MAX_UPLOAD_REQUEST_BYTES)} in total, ${formatMegabytes(L.maxFileBytes)} per image: send fewer images at a time.`,
    { reason: "TOO_LARGE" },
  );
}

function fileTooLarge(name: string, size: number) {
  return tooLarge(
    `${name || "The file"} is ${formatMegabytes(size)}; images can be at most ${formatMegabytes(L.maxFileBytes)}.`,
    { file: name, reason: "TOO_LARGE" },
  );
}
