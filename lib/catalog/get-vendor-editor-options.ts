import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, prisma } from "@/lib/db";
import { listVendorCategoryOptions, type TCategoryOption } from "@/lib/catalog/vendor-category-options";

export type TVendorEditorOptions = {
  categories: TCategoryOption[];
  /** Active origins, and the product's own when it is not active any more. */
  origins: { id: string; name: string }[];
  /** The vendor's own origin: a new product ships from there unless changed. */
  defaultOriginId: string;
};

/** The product editor's choices for the session's vendor. */
export async function getVendorEditorOptions(
  { vendorId, keepOriginId }: { vendorId: string; keepOriginId?: string | undefined },
  db: Db = prisma,
): Promise<TVendorEditorOptions> {
  const [vendor, categories, origins] = await Promise.all([
    db.vendor.findUnique({ where: { id: vendorId }, select: { originId: true } }),
    listVendorCategoryOptions(),
    db.origin.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, isActive: true } }),
  ]);
  if (!vendor) throw new AppError("NOT_FOUND", "Vendor not found.");
  return {
    categories,
    origins: origins
      .filter((o) => o.isActive || o.id === vendor.originId || o.id === keepOriginId)
      .map(({ id, name }) => ({ id, name })),
    defaultOriginId: vendor.originId,
  };
}
