import "server-only";
import { ZodError } from "zod";
import { type Db, type Prisma, inTransaction, prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createProduct } from "@/lib/catalog/create-product";
import { updateProduct } from "@/lib/catalog/update-product";
import { adjustStock } from "@/lib/inventory/adjust-stock";
import { mergeVariants, type TStoredVariant } from "@/lib/catalog/csv/merge-variants";
import { parseProductCsv, rejectProductRows, type TCsvReject } from "@/lib/catalog/csv/parse-product-csv";
import { planProductImport, STORED_VARIANT_SELECT, type TPlannedProduct } from "@/lib/catalog/csv/plan-product-import";
import { rejectsOf } from "@/lib/catalog/csv/product-import-dto";

export type TApplyProductImportResult =
  { status: "SKIPPED"; reason: string } | { status: "COMPLETED"; appliedProducts: number; notApplied: number };

/** A product the catalog refused at apply time: nothing of it was written. */
class ProductNotApplied extends Error {
  constructor(readonly reasons: Map<number, string>) {
    super("product not applied");
  }
}

type TRun = { importId: string; vendorId: string; fileName: string; actorId: string | null; startedAt: Date };

/**
 * The catalog.apply-import job: writes a confirmed import product by product, each product in
 * its own transaction through createProduct / updateProduct (and adjustStock for a changed
 * stock figure), so a failure leaves the products before it applied and none half-applied.
 * QUEUED → RUNNING → COMPLETED; an unexpected error → FAILED (the job's retry resumes it).
 *
 * Safe to run twice: a finished import is skipped, and a resumed one plans again from the
 * file against the catalog as it is now — products already written are matched by SKU and
 * updated to the same values, and each variant gets at most one stock correction per import
 * (none for a variant this import created), so the end state is the same.
 */
export async function applyProductImport(
  { importId }: { importId: string },
  db: Db = prisma,
): Promise<TApplyProductImportResult> {
  const row = await db.productImport.findUnique({
    where: { id: importId },
    select: {
      id: true,
      vendorId: true,
      status: true,
      csv: true,
      fileName: true,
      createdById: true,
      startedAt: true,
      rejects: true,
    },
  });
  if (!row) return { status: "SKIPPED", reason: "no such import" };
  if (!["QUEUED", "RUNNING", "FAILED"].includes(row.status))
    return { status: "SKIPPED", reason: `import is ${row.status}` };
  const startedAt = row.startedAt ?? new Date();
  const claimed = await db.productImport.updateMany({
    where: { id: row.id, status: row.status },
    data: { status: "RUNNING", startedAt, processedRows: 0, error: null },
  });
  if (claimed.count !== 1) return { status: "SKIPPED", reason: "claimed by another run" };

  const run: TRun = {
    importId: row.id,
    vendorId: row.vendorId,
    fileName: row.fileName,
    actorId: row.createdById,
    startedAt,
  };
  const rejects = new Map<number, TCsvReject>(rejectsOf(row.rejects).map((r) => [r.line, r]));
  const persistRejects = () => {
    const list = [...rejects.values()].sort((a, b) => a.line - b.line);
    return { rejects: list, rejectCount: list.length };
  };
  let current: TPlannedProduct | null = null;
  try {
    const parsed = parseProductCsv(row.csv);
    if (!parsed.ok) throw new Error(`the stored file no longer parses: ${parsed.error}`);
    const plan = await planProductImport({ vendorId: run.vendorId, parsed }, db);
    // Rows the catalog refuses now although the preview took them (e.g. a SKU taken since).
    let processed = 0;
    for (const r of plan.rejects) {
      if (!rejects.has(r.line)) {
        rejects.set(r.line, { ...r, reason: `not applied: ${r.reason}` });
        processed++;
      }
    }
    if (processed)
      await db.productImport.update({
        where: { id: run.importId },
        data: { processedRows: processed, ...persistRejects() },
      });

    let applied = 0;
    let notApplied = 0;
    for (const product of plan.products) {
      current = product;
      try {
        await inTransaction(db, async (tx) => {
          await applyOneProduct(tx, run, product);
          await tx.productImport.update({
            where: { id: run.importId },
            data: { processedRows: { increment: product.rows.length } },
          });
        });
        applied++;
        // A resumed run may now apply a product an earlier run could not.
        const stale = product.rows.filter((r) => rejects.delete(r.line));
        if (stale.length) await db.productImport.update({ where: { id: run.importId }, data: persistRejects() });
      } catch (e) {
        const reasons = refusal(e, product);
        if (!reasons) throw e;
        notApplied++;
        const rows = product.rows.map((r) => ({ line: r.line, sku: r.variant.sku }));
        for (const r of rejectProductRows(product.handle, rows, reasons)) {
          rejects.set(r.line, { ...r, reason: `not applied: ${r.reason}` });
        }
        await db.productImport.update({
          where: { id: run.importId },
          data: { processedRows: { increment: product.rows.length }, ...persistRejects() },
        });
      }
    }
    current = null;
    await db.productImport.update({
      where: { id: run.importId },
      data: { status: "COMPLETED", finishedAt: new Date(), csv: "", ...persistRejects() },
    });
    return { status: "COMPLETED", appliedProducts: applied, notApplied };
  } catch (e) {
    const at = current ? ` at product "${current.handle}" (line ${current.rows[0]?.line})` : "";
    await db.productImport.update({
      where: { id: run.importId },
      data: {
        status: "FAILED",
        finishedAt: new Date(),
        error: `The import stopped${at} on an unexpected error; the products before it were applied, nothing of that one. It is retried automatically a few times; if it stays failed, upload the file again.`,
        ...persistRejects(),
      },
    });
    throw e;
  }
}

/** The catalog's refusal of one product as a reason per row; null for an unexpected error. */
function refusal(e: unknown, product: TPlannedProduct): Map<number, string> | null {
  if (e instanceof ProductNotApplied) return e.reasons;
  let message: string | null = null;
  if (isAppError(e)) message = e.message;
  else if (e instanceof ZodError) message = e.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  if (message === null) return null;
  return new Map(product.rows.map((r) => [r.line, message]));
}

async function applyOneProduct(tx: Prisma.TransactionClient, run: TRun, p: TPlannedProduct) {
  let stored: { optionNames: string[] | null; variants: TStoredVariant[] } = { optionNames: null, variants: [] };
  if (p.productId) stored = await readStored(tx, p.productId);
  const merged = mergeVariants({
    optionNames: p.product.optionNames,
    storedOptionNames: stored.optionNames,
    rows: p.rows,
    stored: stored.variants,
  });
  if (merged.productError || merged.rowErrors.size) {
    throw new ProductNotApplied(
      merged.productError ? new Map(p.rows.map((r) => [r.line, merged.productError!])) : merged.rowErrors,
    );
  }

  const fields = {
    vendorId: run.vendorId,
    slug: p.handle,
    title: p.product.title,
    description: p.product.description,
    categoryId: p.categoryId,
    optionNames: p.product.optionNames,
    variants: merged.variants,
    actorId: run.actorId,
    ...(p.product.status ? { status: p.product.status } : {}),
    ...(p.product.leadTimeDays !== null ? { leadTimeDays: p.product.leadTimeDays } : {}),
  };
  const productId = p.productId
    ? (await updateProduct({ ...fields, productId: p.productId }, tx)).id
    : (await createProduct({ ...fields, ...(p.originId ? { originId: p.originId } : {}) }, tx)).id;
  // Garment attributes and a changed origin: not (yet) inputs of updateProduct/createProduct.
  await tx.product.update({
    where: { id: productId },
    data: {
      material: p.product.material,
      care: p.product.care,
      season: p.product.season,
      ...(p.originId ? { originId: p.originId } : {}),
    },
  });

  if (merged.stockFixes.length === 0) return;
  const ids = merged.stockFixes.map((f) => f.variantId);
  const reference = `product-import:${run.importId}`;
  const [done, fresh] = await Promise.all([
    tx.inventoryMovement.findMany({ where: { variantId: { in: ids }, reference }, select: { variantId: true } }),
    tx.variant.findMany({ where: { id: { in: ids }, createdAt: { gte: run.startedAt } }, select: { id: true } }),
  ]);
  const skip = new Set([...done.map((m) => m.variantId), ...fresh.map((v) => v.id)]);
  for (const fix of merged.stockFixes) {
    if (skip.has(fix.variantId)) continue;
    await adjustStock(
      {
        variantId: fix.variantId,
        delta: fix.target - fix.current,
        reason: "CORRECTION",
        reference,
        note: `CSV import ${run.fileName}`.slice(0, 1000),
        ...(run.actorId ? { actorId: run.actorId } : {}),
      },
      tx,
    );
  }
}

/** The product's variants, locked for this transaction (stock figures are read, then written). */
async function readStored(tx: Prisma.TransactionClient, productId: string) {
  await tx.$queryRaw`SELECT id FROM "Variant" WHERE "productId" = ${productId} FOR UPDATE`;
  const [product, variants] = await Promise.all([
    tx.product.findUnique({ where: { id: productId }, select: { optionNames: true } }),
    tx.variant.findMany({ where: { productId }, select: STORED_VARIANT_SELECT }),
  ]);
  return { optionNames: product?.optionNames ?? [], variants };
}
