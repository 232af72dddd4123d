// /vendor/products — the session vendor's products: search by title or SKU, status tabs with
// counts, a category filter, stock and pre-order columns, keyset pages, bulk archive/activate.
import type { Metadata } from "next";
import Link from "next/link";
import { FileSpreadsheet, PackagePlus, Plus } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { can } from "@/lib/auth/rbac";
import { listVendorProducts, ZVendorProductFilters } from "@/lib/catalog/list-vendor-products";
import { listVendorCategoryOptions } from "@/lib/catalog/vendor-category-options";
import { ProductStatus } from "@/lib/generated/prisma/enums";
import { requireVendorSection } from "../_lib/guard";
import { setVendorProductsStatusAction } from "./actions";
import { ProductFilters } from "./_components/product-filters";
import { ProductRows } from "./_components/product-rows";
import { PRODUCT_STATUS_LABEL } from "./_components/product-status-badge";

export const metadata: Metadata = { title: "Products · Vendor" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function VendorProductsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { user, vendorId, item } = await requireVendorSection("/vendor/products");
  const canWrite = can(user, "vendor:products:write", { vendorId });
  const raw = await flatSearchParams(searchParams);
  const parsed = ZVendorProductFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const [list, categories] = await Promise.all([
    listVendorProducts({ ...filters, vendorId }),
    listVendorCategoryOptions(),
  ]);
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  const isFiltered = Boolean(filters.q || filters.categoryId || filters.status);

  return (
    <>
      <DashboardHeading
        title={item.label}
        description="Your catalogue: variants, prices, stock and batch caps. Changes reach the storefront at once."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/vendor/products/import" className={buttonClasses({ variant: "outline", size: "sm" })}>
              <FileSpreadsheet aria-hidden="true" className="h-4 w-4" /> Import / export CSV
            </Link>
            {canWrite ? (
              <Link href="/vendor/products/new" className={buttonClasses({ size: "sm" })}>
                <Plus aria-hidden="true" className="h-4 w-4" /> New product
              </Link>
            ) : null}
          </div>
        }
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      <nav aria-label="Product status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/vendor/products", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(ProductStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/vendor/products", kept, { status: s })}
            active={filters.status === s}
            label={PRODUCT_STATUS_LABEL[s]}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>

      <ProductFilters categories={categories} values={kept} />

      {list.rows.length === 0 ? (
        <Card>
          {isFiltered ? (
            <EmptyState title="No product matches these filters">
              <Link href="/vendor/products" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            </EmptyState>
          ) : (
            <EmptyState
              icon={<PackagePlus aria-hidden="true" />}
              title="No products yet"
              action={
                canWrite ? (
                  <div className="flex flex-wrap justify-center gap-2">
                    <Link href="/vendor/products/new" className={buttonClasses()}>
                      <Plus aria-hidden="true" className="h-4 w-4" /> New product
                    </Link>
                    <Link href="/vendor/products/import" className={buttonClasses({ variant: "outline" })}>
                      Import a CSV
                    </Link>
                  </div>
                ) : undefined
              }
            >
              Add your first product with its sizes and colours, or import many at once from a spreadsheet.
            </EmptyState>
          )}
        </Card>
      ) : (
        <ProductRows rows={list.rows} setStatus={setVendorProductsStatusAction} />
      )}
      <KeysetPager pathname="/vendor/products" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}
