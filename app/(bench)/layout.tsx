import type { ReactNode } from "react";
import { ShopChrome } from "@/components/shop/layout/shop-chrome";
import { FIXTURE } from "./bench/_fixture/fixture";

// Benchmark-only chrome: the shop's own chrome with its category list taken from a constant
// instead of the cached read.

export default function BenchLayout({ children }: { children: ReactNode }) {
  return <ShopChrome categories={FIXTURE.categories}>{children}</ShopChrome>;
}
