import Image from "next/image";
import Link from "next/link";
import type { THomeCategory } from "@/lib/catalog/get-home-page";

export function CategoryGrid({ categories }: { categories: THomeCategory[] }) {
  return (
    <ul className="grid grid-cols-3 gap-3 sm:grid-cols-4 lg:grid-cols-6">
      {categories.map((c) => (
        <li key={c.id}>
          <Link
            href={`/c/${c.slug}`}
            className="group block rounded-card bg-surface p-2 ring-1 ring-black/5 hover:ring-brand-600/40"
          >
            <div className="relative aspect-square overflow-hidden rounded-control bg-brand-50">
              {c.image ? (
                <Image
                  src={c.image.url}
                  alt=""
                  width={180}
                  height={180}
                  className="h-full w-full object-cover transition-transform group-hover:scale-105"
                />
              ) : null}
            </div>
            <p className="mt-2 truncate text-center text-sm font-semibold text-ink">{c.name}</p>
            <p className="text-center text-xs text-ink-muted">{c.productCount} items</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
