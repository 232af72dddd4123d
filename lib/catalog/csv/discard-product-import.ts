import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZProductImportRef, type TProductImportRef } from "@/lib/catalog/csv/start-product-import";

/** The vendor drops a previewed import: PREVIEWED → DISCARDED, and the stored file is let go. */
export async function discardProductImport(input: TProductImportRef, db: Db = prisma): Promise<{ id: string }> {
  const { importId, vendorId } = ZProductImportRef.parse(input);
  const moved = await db.productImport.updateMany({
    where: { id: importId, vendorId, status: "PREVIEWED" },
    data: { status: "DISCARDED", csv: "", finishedAt: new Date() },
  });
  if (moved.count === 1) return { id: importId };
  const row = await db.productImport.findFirst({ where: { id: importId, vendorId }, select: { status: true } });
  if (!row) throw new AppError("NOT_FOUND", "Import not found.");
  throw new AppError(
    "INVALID_STATE",
    row.status === "DISCARDED"
      ? "This import was already discarded."
      : "Only an import that was not applied can be discarded.",
  );
}
