import type { ReactNode } from "react";
import { ShopChrome } from "@/components/shop/layout/shop-chrome";
import { FIXTURE } from "./bench/baseline/_views/fixture";

// Benchmark-only chrome: the shop's own chrome with its category list taken from a constant
// instead of the cached read, for an anonymous visitor. Rendered per request like the shop.
export const dynamic = "force-dynamic";

export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <ShopChrome categories={FIXTURE.categories} isSignedIn={false}>
      {children}
    </ShopChrome>
  );
}
