import type { ReactNode } from "react";
import { PosthogProvider } from "@/components/analytics/posthog-provider";
import { CartProvider } from "@/components/cart/cart-provider";
import { SiteFooter } from "@/components/shop/layout/site-footer";
import { SiteHeader } from "@/components/shop/layout/site-header";
import { FIXTURE } from "./bench/baseline/_views/fixture";

// Benchmark-only chrome: the shop layout (app/(shop)/layout.tsx) with its category list
// taken from a constant instead of the cached read. Rendered per request like the shop.
export const dynamic = "force-dynamic";

export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <CartProvider isSignedIn={false}>
      <PosthogProvider>
        <a
          href="#main"
          className="sr-only z-50 rounded-control bg-surface px-4 py-2 font-semibold text-brand-700 shadow-card focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <p className="bg-brand-800 px-4 py-1.5 text-center text-xs font-medium text-white">
          Pay with card, MTN MoMo, Telecel Cash or AirtelTigo Money · Free pickup at our Accra hub
        </p>
        <SiteHeader categories={FIXTURE.categories} />
        <main id="main" className="mx-auto min-h-[60vh] max-w-page px-3 pb-8 sm:px-6">
          {children}
        </main>
        <SiteFooter categories={FIXTURE.categories} />
      </PosthogProvider>
    </CartProvider>
  );
}
