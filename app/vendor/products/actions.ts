"use server";
// Product writes from /vendor/products. The tenant is the session's own vendor (the action's
// ctx), never a field of the form; every write goes through its lib/catalog use case.
import { action } from "@/lib/http/action";
import { ZVendorProductForm, ZVendorProductsStatusInput } from "@/lib/catalog/schemas";
import { saveVendorProduct } from "@/lib/catalog/save-vendor-product";
import { setVendorProductsStatus } from "@/lib/catalog/set-vendor-products-status";

export const saveVendorProductAction = action(
  {
    permission: "vendor:products:write",
    input: ZVendorProductForm,
    revalidate: (_input, r: { id: string }) => ["/vendor/products", `/vendor/products/${r.id}`],
  },
  async (input, { user, vendor }) => {
    const saved = await saveVendorProduct({ ...input, vendorId: vendor.vendorId, actorId: user.id });
    return { id: saved.id, slug: saved.slug };
  },
);

export const setVendorProductsStatusAction = action(
  {
    permission: "vendor:products:write",
    input: ZVendorProductsStatusInput,
    revalidate: ["/vendor/products"],
  },
  (input, { vendor }) => setVendorProductsStatus({ ...input, vendorId: vendor.vendorId }),
);
