import { ProductGridSkeleton, Skeleton } from "@/components/ui/skeleton";

/** Loading state of category, vendor and search pages (same boxes as the real page). */
export function ListingSkeleton({ label }: { label: string }) {
  return (
    <div className="pt-4" role="status" aria-label={label}>
      <Skeleton className="h-4 w-48" />
      <Skeleton className="mt-4 h-8 w-64" />
      <Skeleton className="mt-2 mb-6 h-4 w-80 max-w-full" />
      <ProductGridSkeleton count={8} />
    </div>
  );
}
