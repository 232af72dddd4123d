import Link from "next/link";
import { SearchX } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ShopNotFound() {
  return (
    <EmptyState
      icon={<SearchX />}
      title="We couldn’t find that page"
      className="py-20"
      action={
        <div className="flex flex-wrap justify-center gap-3">
          <Link href="/" className={buttonClasses()}>
            Back to the shop
          </Link>
          <Link href="/search" className={buttonClasses({ variant: "outline" })}>
            Search products
          </Link>
        </div>
      }
    >
      <p>The product or page may have been removed, or the link is mistyped. Try searching for it instead.</p>
    </EmptyState>
  );
}
