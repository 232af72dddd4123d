import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getProductPageCached } from "@/lib/catalog/get-cached";

// The existence check lives above this segment's loading.tsx: a notFound() inside the
// streamed page would already have sent a 200 status; here it answers a real 404.
export default async function ProductLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  if (!(await getProductPageCached(slug))) notFound();
  return children;
}
