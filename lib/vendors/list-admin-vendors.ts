import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VendorStatus } from "@/lib/generated/prisma/enums";

// /admin/vendors: the applications queue and the vendors by status, searchable, in keyset
// pages; sorted newest first or by reliability score (the ranking).

export const ZAdminVendorFilters = z.object({
  /** The tab; the applications queue (PENDING) by default. */
  status: z.enum(VendorStatus).default("PENDING"),
  /** Part of the name, contact email or slug. */
  q: z.string().trim().max(80).optional(),
  sort: z.enum(["newest", "reliability"]).default("newest"),
  /** The last row's id of the previous page. */
  cursor: z.string().max(40).optional(),
});
export type TAdminVendorFilters = z.input<typeof ZAdminVendorFilters>;

export type TAdminVendorRow = {
  id: string;
  name: string;
  slug: string;
  status: VendorStatus;
  contactEmail: string;
  origin: { code: string; name: string };
  productCount: number;
  feeBps: number | null;
  reliabilityScore: number | null;
  /** Applied (PENDING/REJECTED) or approved (ACTIVE/SUSPENDED). */
  createdAt: string;
  approvedAt: string | null;
  suspendedAt: string | null;
  rejectedAt: string | null;
  /** Approved but its payout account is not a Paystack recipient yet. */
  payoutUnregistered: boolean;
};

export type TAdminVendorList = {
  rows: TAdminVendorRow[];
  nextCursor: string | null;
  /** Per status under the same search (the tabs). */
  statusCounts: Record<VendorStatus, number>;
};

export const ADMIN_VENDOR_PAGE_SIZE = 50;

export async function listAdminVendors(input: TAdminVendorFilters, db: Db = prisma): Promise<TAdminVendorList> {
  const f = ZAdminVendorFilters.parse(input);
  const search: Prisma.VendorWhereInput = f.q
    ? {
        OR: [
          { name: { contains: f.q, mode: "insensitive" } },
          { contactEmail: { contains: f.q, mode: "insensitive" } },
          { slug: { contains: f.q.toLowerCase() } },
        ],
      }
    : {};
  const after = f.cursor
    ? await db.vendor.findUnique({
        where: { id: f.cursor },
        select: { id: true, createdAt: true, reliabilityScore: true },
      })
    : null;
  let page: Prisma.VendorWhereInput = {};
  if (after && f.sort === "newest")
    page = { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] };
  if (after && f.sort === "reliability")
    page =
      after.reliabilityScore === null
        ? { reliabilityScore: null, id: { gt: after.id } }
        : {
            OR: [
              { reliabilityScore: { lt: after.reliabilityScore } },
              { reliabilityScore: after.reliabilityScore, id: { gt: after.id } },
              { reliabilityScore: null },
            ],
          };
  const orderBy: Prisma.VendorOrderByWithRelationInput[] =
    f.sort === "reliability"
      ? [{ reliabilityScore: { sort: "desc", nulls: "last" } }, { id: "asc" }]
      : [{ createdAt: "desc" }, { id: "desc" }];

  const [vendors, counts] = await Promise.all([
    db.vendor.findMany({
      where: { AND: [search, { status: f.status }, page] },
      orderBy,
      take: ADMIN_VENDOR_PAGE_SIZE + 1,
      select: {
        id: true,
        name: true,
        slug: true,
        status: true,
        contactEmail: true,
        feeBps: true,
        reliabilityScore: true,
        createdAt: true,
        approvedAt: true,
        suspendedAt: true,
        rejectedAt: true,
        origin: { select: { code: true, name: true } },
        _count: { select: { products: true } },
        payoutRecipients: { where: { isDefault: true }, select: { recipientCode: true } },
      },
    }),
    db.vendor.groupBy({ by: ["status"], where: search, _count: { _all: true } }),
  ]);
  const rows = vendors.slice(0, ADMIN_VENDOR_PAGE_SIZE);
  const statusCounts = Object.fromEntries(Object.values(VendorStatus).map((s) => [s, 0])) as Record<
    VendorStatus,
    number
  >;
  for (const c of counts) statusCounts[c.status] = c._count._all;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    rows: rows.map((v) => ({
      id: v.id,
      name: v.name,
      slug: v.slug,
      status: v.status,
      contactEmail: v.contactEmail,
      origin: v.origin,
      productCount: v._count.products,
      feeBps: v.feeBps,
      reliabilityScore: v.reliabilityScore,
      createdAt: v.createdAt.toISOString(),
      approvedAt: iso(v.approvedAt),
      suspendedAt: iso(v.suspendedAt),
      rejectedAt: iso(v.rejectedAt),
      payoutUnregistered:
        (v.status === "ACTIVE" || v.status === "SUSPENDED") && !v.payoutRecipients.some((r) => r.recipientCode),
    })),
    nextCursor: vendors.length > ADMIN_VENDOR_PAGE_SIZE ? (rows.at(-1)?.id ?? null) : null,
    statusCounts,
  };
}
