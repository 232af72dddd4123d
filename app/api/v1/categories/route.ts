// GET /api/v1/categories — the category tree with visible product counts (descendants
// included), in display order.
import { NextResponse } from "next/server";
import { listCategories } from "@/lib/catalog/list-categories";
import { route } from "@/lib/http/route";
import { PUBLIC_CATALOG_CACHE } from "../_lib/cache-headers";

type TNode = { slug: string; name: string; description: string; productCount: number; children: TNode[] };

export const GET = route({ permission: "public" }, async () => {
  const flat = await listCategories();
  const nodes = new Map(
    flat.map((c) => [
      c.id,
      { slug: c.slug, name: c.name, description: c.description, productCount: c.productCount, children: [] as TNode[] },
    ]),
  );
  const roots: TNode[] = [];
  for (const c of flat) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId ? nodes.get(c.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return NextResponse.json({ categories: roots }, { headers: PUBLIC_CATALOG_CACHE });
});
