import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getVendorProfileCached } from "@/lib/catalog/get-cached";

// Unknown or inactive vendor → real 404 (checked above loading.tsx, before streaming starts).
export default async function VendorLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ vendor: string }>;
}) {
  const { vendor } = await params;
  if (!(await getVendorProfileCached(vendor))) notFound();
  return children;
}
