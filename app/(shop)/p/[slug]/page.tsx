// /p/[slug] — gallery, variant picker with availability, batch/arrival, vendor, related.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductView } from "@/components/shop/views/product-view";
import { getProductPageCached } from "@/lib/catalog/get-cached";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { slug } = await params;
  const p = await getProductPageCached(slug);
  if (!p) return { title: "Product not found" };
  const image = p.images[0];
  return {
    title: p.title,
    description: p.description.slice(0, 160),
    openGraph: image
      ? { images: [{ url: image.url, width: image.width, height: image.height, alt: image.alt }] }
      : undefined,
  };
}

export default async function ProductPage({ params, searchParams }: TProps) {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const p = await getProductPageCached(slug);
  if (!p) notFound();
  return <ProductView p={p} initialVariantId={typeof sp.variant === "string" ? sp.variant : undefined} />;
}
