import type { ReactNode } from "react";
import { CartProvider } from "@/components/cart/cart-provider";
import { PosthogProvider } from "@/components/analytics/posthog-provider";
import { SiteFooter } from "@/components/shop/layout/site-footer";
import { SiteHeader } from "@/components/shop/layout/site-header";
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
    <CartProvider isSignedIn={user !== null}>
      <PosthogProvider posthogKey={publicEnv.posthogKey} posthogHost={publicEnv.posthogHost}>
        <a
          href="#main"
          className="sr-only z-50 rounded-control bg-surface px-4 py-2 font-semibold text-brand-700 shadow-card focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <p className="bg-brand-800 px-4 py-1.5 text-center text-xs font-medium text-white">
          Pay with card, MTN MoMo, Telecel Cash or AirtelTigo Money · Free pickup at our Accra hub
        </p>
        <SiteHeader categories={categories} />
        <main id="main" className="mx-auto min-h-[60vh] max-w-page px-3 pb-8 sm:px-6">
          {children}
        </main>
        <SiteFooter categories={categories} />
      </PosthogProvider>
    </CartProvider>
  );
}
