// Home: value proposition, closing-soon batches, featured, categories, new arrivals.
//
// Why an optional catch-all: `/` is the home page and every other path nothing else matches is
// the shop's 404 (with header and footer). As a dynamic route with no params listed at build,
// the home page is rendered on its first request and then cached like every catalog page
// (ISR, expired by catalog writes) — a plain app/(shop)/page.tsx would be prerendered by
// `next build`, which has no database.
import { notFound } from "next/navigation";
import { HomeView } from "@/components/shop/views/home-view";
import { getHomePage } from "@/lib/catalog/get-home-page";

export const revalidate = 60;

export function generateStaticParams(): { path: string[] }[] {
  return [];
}

export default async function HomePage({ params }: { params: Promise<{ path?: string[] }> }) {
  const { path } = await params;
  if (path?.length) notFound();
  return <HomeView home={await getHomePage()} />;
}
