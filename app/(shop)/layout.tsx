import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ShopChrome } from "@/components/shop/layout/shop-chrome";
import { listCategories } from "@/lib/catalog/list-categories";
import { publicEnv, serverEnv } from "@/lib/env";

// The same for every visitor (who is signed in is asked by the browser, see ViewerProvider),
// so catalog pages under it are rendered once and cached (ISR) until a catalog write expires
// their tags. Pages that read the session (account, orders, checkout) stay per request.
/** Canonical links and Open Graph images (product photos) need this site's absolute URL. */
export function generateMetadata(): Metadata {
  return { metadataBase: new URL(serverEnv().APP_URL) };
}

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const categories = await listCategories();
  return (
    <ShopChrome categories={categories} posthogKey={publicEnv.posthogKey} posthogHost={publicEnv.posthogHost}>
      {children}
    </ShopChrome>
  );
}
