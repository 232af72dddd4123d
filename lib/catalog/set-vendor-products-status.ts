import "server-only";
import { type Db, prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { ZVendorProductsStatusInput, type TVendorProductsStatusInput } from "@/lib/catalog/schemas";
import { updateProduct } from "@/lib/catalog/update-product";

export type TProductsStatusOutcome = {
  changed: { id: string; title: string }[];
  refused: { id: string; title: string | null; message: string }[];
};

/**
 * Bulk archive / activate from the products list. Each product changes on its own through
 * updateProduct (publishedAt set on first activation, the catalog cache invalidated as for any
 * edit); one that cannot is refused with the reason ("cannot activate: no active variant") and
 * the others go ahead. A product of another vendor is refused as "not found", untouched.
 */
export async function setVendorProductsStatus(
  input: TVendorProductsStatusInput & { vendorId: string },
  db: Db = prisma,
): Promise<TProductsStatusOutcome> {
  const { vendorId } = input;
  const { productIds, status } = ZVendorProductsStatusInput.parse(input);
  const ids = [...new Set(productIds)];
  const products = await db.product.findMany({
    where: { id: { in: ids }, vendorId },
    select: {
      id: true,
      title: true,
      status: true,
      _count: { select: { variants: { where: { isActive: true } } } },
    },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  const outcome: TProductsStatusOutcome = { changed: [], refused: [] };
  for (const id of ids) {
    const p = byId.get(id);
    if (!p) {
      outcome.refused.push({ id, title: null, message: "not found" });
      continue;
    }
    const refusal =
      p.status === status
        ? status === "ACTIVE"
          ? "already active"
          : "already archived"
        : status === "ACTIVE" && p._count.variants === 0
          ? "cannot activate: no active variant"
          : null;
    if (refusal) {
      outcome.refused.push({ id, title: p.title, message: refusal });
      continue;
    }
    try {
      await updateProduct({ productId: id, vendorId, status }, db);
      outcome.changed.push({ id, title: p.title });
    } catch (e) {
      if (!isAppError(e)) throw e;
      outcome.refused.push({ id, title: p.title, message: e.message });
    }
  }
  return outcome;
}
