import type { ComponentProps, ReactNode } from "react";
import { PosthogProvider } from "@/components/analytics/posthog-provider";
import { ViewerProvider } from "@/components/auth/viewer-provider";
import { CartProvider } from "@/components/cart/cart-provider";
import { SiteFooter } from "@/components/shop/layout/site-footer";
import { SiteHeader } from "@/components/shop/layout/site-header";

type TShopChromeProps = {
  children: ReactNode;
  categories: ComponentProps<typeof SiteHeader>["categories"];
  posthogKey?: string | undefined;
  posthogHost?: string | undefined;
};

/**
 * Everything around a storefront page: visitor, cart and analytics providers, header, footer.
 * Nothing here depends on who is browsing, so the pages inside can be cached for everyone.
 */
export function ShopChrome({ children, categories, posthogKey, posthogHost }: TShopChromeProps) {
  return (
    <ViewerProvider>
      <CartProvider>
        <PosthogProvider posthogKey={posthogKey} posthogHost={posthogHost}>
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
    </ViewerProvider>
  );
}
