// /p/[slug] — gallery, variant picker with availability, batch/arrival, vendor, related.
// Rendered on the first request for a slug and cached (ISR) until a catalog write expires it;
// a shared ?variant= is applied by the picker in the browser.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductView } from "@/components/shop/views/product-view";
import { getProductPage } from "@/lib/catalog/get-product-page";

export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type TProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { slug } = await params;
  const p = await getProductPage(slug);
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

export default async function ProductPage({ params }: TProps) {
  const { slug } = await params;
  const p = await getProductPage(slug);
  if (!p) notFound();
  return <ProductView p={p} />;
}
