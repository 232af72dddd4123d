// /vendor/products/[id] — edit one of the session vendor's products: fields, garment details,
// size chart, variant matrix and images. Another vendor's product is "not found".
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExternalLink } from "lucide-react";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { can } from "@/lib/auth/rbac";
import { getVendorEditorOptions } from "@/lib/catalog/get-vendor-editor-options";
import { getVendorProductOrThrow, type TVendorProduct } from "@/lib/catalog/get-vendor-product";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/dates";
import { requireVendorSection } from "../../_lib/guard";
import { saveVendorProductAction } from "../actions";
import { ProductEditor } from "../_components/product-editor";
import { ProductStatusBadge } from "../_components/product-status-badge";
import { ProductImages } from "./_components/product-images";

export const metadata: Metadata = { title: "Edit product · Vendor" };

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function VendorProductPage({ params, searchParams }: TProps) {
  const { user, vendorId } = await requireVendorSection("/vendor/products");
  const { id } = await params;
  const { created } = await searchParams;
  let product: TVendorProduct;
  try {
    product = await getVendorProductOrThrow({ id, vendorId });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const options = await getVendorEditorOptions({ vendorId, keepOriginId: product.originId });
  const canWrite = can(user, "vendor:products:write", { vendorId });

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/vendor/products" className="font-semibold text-brand-700 hover:underline">
          ← Products
        </Link>
      </p>
      <DashboardHeading
        title={product.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ProductStatusBadge status={product.status} />
            <span>Last saved {formatDateTime(product.updatedAt)}</span>
            {product.status === "ACTIVE" ? (
              <Link
                href={`/p/${product.slug}`}
                className="inline-flex items-center gap-1 font-semibold text-brand-700 hover:underline"
              >
                View in store <ExternalLink aria-hidden="true" className="h-3.5 w-3.5" />
              </Link>
            ) : null}
          </span>
        }
      />
      {created ? (
        <p role="status" className="mb-4 rounded-control bg-brand-50 px-3 py-2 text-sm font-semibold text-brand-800">
          Product created. Add its images below.
        </p>
      ) : null}
      {canWrite ? (
        <ProductEditor
          // A save refreshes the page: the editor starts again from what was saved (new rows now have ids).
          key={product.updatedAt}
          product={product}
          categories={options.categories}
          origins={options.origins}
          defaultOriginId={options.defaultOriginId}
          save={saveVendorProductAction}
          imagesSlot={
            <Card className="space-y-3 p-4 sm:p-5" id="images">
              <h2 className="text-base font-bold">Images</h2>
              <ProductImages productId={product.id} images={product.images} />
            </Card>
          }
        />
      ) : null}
    </>
  );
}
