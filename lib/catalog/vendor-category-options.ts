import "server-only";
import { childrenOf, listCategories, type TCategoryNode } from "@/lib/catalog/list-categories";

export type TCategoryOption = { value: string; label: string };

/** The category tree depth-first as select options: "Women", "Women › Dresses", … */
export async function listVendorCategoryOptions(): Promise<TCategoryOption[]> {
  return categoryOptions(await listCategories());
}

export function categoryOptions(tree: TCategoryNode[]): TCategoryOption[] {
  const out: TCategoryOption[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, path: string[]) => {
    for (const c of childrenOf(tree, parentId)) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const label = [...path, c.name];
      out.push({ value: c.id, label: label.join(" › ") });
      walk(c.id, label);
    }
  };
  walk(null, []);
  return out;
}
