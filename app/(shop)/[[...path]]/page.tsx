// Home: value proposition, closing-soon batches, featured, categories, new arrivals.
import { HomeView } from "@/components/shop/views/home-view";
import { getHomePageCached } from "@/lib/catalog/get-cached";

export default async function HomePage() {
  return <HomeView home={await getHomePageCached()} />;
}
