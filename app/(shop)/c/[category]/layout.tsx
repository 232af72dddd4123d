import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { listCategoriesCached } from "@/lib/catalog/get-cached";

// Unknown category → real 404 (checked above loading.tsx, before streaming starts).
export default async function CategoryLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ category: string }>;
}) {
  const { category } = await params;
  const tree = await listCategoriesCached();
  if (!tree.some((c) => c.slug === category)) notFound();
  return children;
}
