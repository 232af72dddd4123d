import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, prisma } from "@/lib/db";
import { ZProductSizeChart, type TProductSizeChart } from "@/lib/catalog/schemas";
import type { Availability, ProductStatus } from "@/lib/generated/prisma/enums";

export type TVendorProductVariant = {
  id: string;
  sku: string;
  title: string;
  options: Record<string, string>;
  priceMinor: number;
  compareAtMinor: number | null;
  availability: Availability;
  stockOnHand: number;
  reserved: number;
  batchCap: number | null;
  isActive: boolean;
  /** Order lines point at it: it can be deactivated, never deleted. */
  hasOrders: boolean;
};

export type TVendorProduct = {
  id: string;
  slug: string;
  title: string;
  description: string;
  status: ProductStatus;
  categoryId: string;
  originId: string;
  leadTimeDays: number;
  material: string | null;
  care: string | null;
  season: string | null;
  sizeChart: TProductSizeChart | null;
  optionNames: string[];
  updatedAt: string;
  images: { id: string; url: string; alt: string; width: number; height: number; position: number }[];
  variants: TVendorProductVariant[];
};

/** The editor's product of the session's vendor; another vendor's product is NOT_FOUND. */
export async function getVendorProductOrThrow(
  { id, vendorId }: { id: string; vendorId: string },
  db: Db = prisma,
): Promise<TVendorProduct> {
  const p = await db.product.findFirst({
    where: { id, vendorId },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      status: true,
      categoryId: true,
      originId: true,
      leadTimeDays: true,
      material: true,
      care: true,
      season: true,
      sizeChart: true,
      optionNames: true,
      updatedAt: true,
      images: {
        orderBy: { position: "asc" },
        select: { id: true, url: true, alt: true, width: true, height: true, position: true },
      },
      variants: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          sku: true,
          title: true,
          options: true,
          priceMinor: true,
          compareAtMinor: true,
          availability: true,
          stockOnHand: true,
          reserved: true,
          batchCap: true,
          isActive: true,
          _count: { select: { orderLines: true } },
        },
      },
    },
  });
  if (!p) throw new AppError("NOT_FOUND", "Product not found.");
  const chart = ZProductSizeChart.safeParse(p.sizeChart);
  return {
    ...p,
    sizeChart: p.sizeChart && chart.success ? chart.data : null,
    updatedAt: p.updatedAt.toISOString(),
    variants: p.variants.map(({ _count, options, ...v }) => ({
      ...v,
      options: toOptions(options),
      hasOrders: _count.orderLines > 0,
    })),
  };
}

function toOptions(json: unknown): Record<string, string> {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  return Object.fromEntries(Object.entries(json).filter((e): e is [string, string] => typeof e[1] === "string"));
}
