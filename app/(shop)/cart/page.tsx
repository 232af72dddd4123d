import type { Metadata } from "next";
import { CartView } from "@/app/(shop)/cart/_components/cart-view";

// /cart — a static shell; the cart lives in the browser (and, for signed-in customers, on
// the server), so the body is a client component that asks the server for a quote.
export const metadata: Metadata = { title: "Your cart", robots: { index: false, follow: false } };

export default function CartPage() {
  return (
    <div className="py-6">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Your cart</h1>
      <CartView />
    </div>
  );
}
