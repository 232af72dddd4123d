// /vendor/products/new — a new product with its variant matrix. Images are added after the first
// save (it lands on the product's edit page).
import type { Metadata } from "next";
import Link from "next/link";
import { ImagePlus } from "lucide-react";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { getVendorEditorOptions } from "@/lib/catalog/get-vendor-editor-options";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/rbac";
import { requireVendorSection } from "../../_lib/guard";
import { saveVendorProductAction } from "../actions";
import { ProductEditor } from "../_components/product-editor";

export const metadata: Metadata = { title: "New product · Vendor" };

export default async function NewVendorProductPage() {
  const { user, vendorId } = await requireVendorSection("/vendor/products");
  if (!can(user, "vendor:products:write", { vendorId })) notFound();
  const options = await getVendorEditorOptions({ vendorId });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/vendor/products" className="font-semibold text-brand-700 hover:underline">
          ← Products
        </Link>
      </p>
      <DashboardHeading title="New product" description="Fill in the product and its variants, then create it." />
      <ProductEditor
        product={null}
        categories={options.categories}
        origins={options.origins}
        defaultOriginId={options.defaultOriginId}
        save={saveVendorProductAction}
        imagesSlot={
          <Card className="flex items-start gap-3 p-4 text-sm text-ink-muted sm:p-5">
            <ImagePlus aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0 text-brand-700" />
            <p>
              <span className="font-semibold text-ink">Images</span> are added after the first save: creating the
              product takes you to its page, where you can drop in photos, order them and write their alt text.
            </p>
          </Card>
        }
      />
    </>
  );
}
