import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { maskAccountNumber } from "@/lib/vendors/payout-account";

/** Everything /admin/vendors/[id] shows about one vendor: the application, people, numbers, history. */
export async function getAdminVendorOrThrow({ vendorId }: { vendorId: string }, db: Db = prisma) {
  const v = await db.vendor.findUnique({
    where: { id: vendorId },
    select: {
      id: true,
      name: true,
      slug: true,
      legalName: true,
      status: true,
      contactEmail: true,
      contactPhone: true,
      feeBps: true,
      reliabilityScore: true,
      reliabilityComponents: true,
      reliabilityUpdatedAt: true,
      approvedAt: true,
      suspendedAt: true,
      suspensionReason: true,
      applicationCategories: true,
      sampleLinks: true,
      applicationNote: true,
      rejectedAt: true,
      rejectionReason: true,
      reviewedById: true,
      createdAt: true,
      origin: { select: { code: true, name: true } },
      memberships: {
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      payoutRecipients: {
        where: { isDefault: true },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { type: true, bankName: true, accountName: true, accountNumber: true, recipientCode: true },
      },
      _count: { select: { products: true } },
    },
  });
  if (!v) throw new AppError("NOT_FOUND", "Vendor not found.");
  const [activeProducts, orders, categories, reviewer, history] = await Promise.all([
    db.product.count({ where: { vendorId, status: "ACTIVE" } }),
    db.order.count({ where: { lines: { some: { vendorId } } } }),
    db.category.findMany({
      where: { slug: { in: v.applicationCategories } },
      select: { slug: true, name: true },
    }),
    v.reviewedById ? db.user.findUnique({ where: { id: v.reviewedById }, select: { name: true } }) : null,
    db.auditLog.findMany({
      where: { entityType: "Vendor", entityId: vendorId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, action: true, data: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  const names = new Map(categories.map((c) => [c.slug, c.name]));
  const { payoutRecipients, applicationCategories, _count, reviewedById: _r, ...rest } = v;
  const payout = payoutRecipients[0];
  return {
    ...rest,
    categories: applicationCategories.map((slug) => ({ slug, name: names.get(slug) ?? slug })),
    reviewerName: reviewer?.name ?? null,
    payout: payout
      ? {
          type: payout.type,
          bankName: payout.bankName,
          accountName: payout.accountName,
          accountNumberMasked: maskAccountNumber(payout.accountNumber),
          registered: Boolean(payout.recipientCode),
        }
      : null,
    productCount: _count.products,
    activeProductCount: activeProducts,
    orderCount: orders,
    history,
  };
}
export type TAdminVendor = Awaited<ReturnType<typeof getAdminVendorOrThrow>>;
