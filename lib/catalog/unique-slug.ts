import "server-only";
import { type Db, prisma } from "@/lib/db";
import { slugify } from "@/lib/catalog/schemas";

type SlugTable = "product" | "category" | "vendor";

async function isTaken(db: Db, table: SlugTable, slug: string): Promise<boolean> {
  const where = { slug };
  const row =
    table === "product"
      ? await db.product.findUnique({ where, select: { id: true } })
      : table === "category"
        ? await db.category.findUnique({ where, select: { id: true } })
        : await db.vendor.findUnique({ where, select: { id: true } });
  return row !== null;
}

/**
 * A free slug for `text`: "linen-shirt", then "linen-shirt-2", ... The unique index stays
 * the real guard (two concurrent creates may pick the same candidate; the loser gets CONFLICT).
 */
export async function uniqueSlug(
  { table, text }: { table: SlugTable; text: string },
  db: Db = prisma,
): Promise<string> {
  const base = slugify(text) || table;
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!(await isTaken(db, table, candidate))) return candidate;
  }
  return `${base.slice(0, 70)}-${Date.now().toString(36)}`;
}
