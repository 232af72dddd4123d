import type { ReactNode } from "react";
import { ShopChrome } from "@/components/shop/layout/shop-chrome";
import { getSessionUser } from "@/lib/auth/session";
import { listCategoriesCached } from "@/lib/catalog/get-cached";
import { publicEnv } from "@/lib/env";

// Rendered per request (the header shows the visitor's account and cart); the catalog data
// inside comes from the tagged data cache (lib/catalog/cache.ts). Also keeps `next build`
// from prerendering these pages, which needs no database.
export const dynamic = "force-dynamic";

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const [categories, user] = await Promise.all([listCategoriesCached(), getSessionUser()]);
  return (
    <ShopChrome
      categories={categories}
      isSignedIn={user !== null}
      posthogKey={publicEnv.posthogKey}
      posthogHost={publicEnv.posthogHost}
    >
      {children}
    </ShopChrome>
  );
}
