import "server-only";
import { z } from "zod";
import { accraLocalToIso } from "@/lib/dates";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PaymentChannel, PaymentKind, PaymentStatus } from "@/lib/generated/prisma/enums";

// The finance list of payments (/admin/payments): every Paystack transaction we started, newest
// first, with status tabs and their counts, the payments verification flagged for review (the
// overview's "Payments needing review" lands on ?review=1), search and filters, keyset pages.
// Read-only: refunds and resolving a review are done elsewhere.

const ZDay = z.iso.date("Enter a day as yyyy-mm-dd");

export const ZAdminPaymentFilters = z.object({
  /** A payment reference (exact or its beginning, any case) or an order number (exact, any case). */
  q: z.string().trim().max(80).optional(),
  status: z.enum(PaymentStatus).optional(),
  kind: z.enum(PaymentKind).optional(),
  channel: z.enum(PaymentChannel).optional(),
  /** "1": only the payments verification flagged (needsReview). */
  review: z.literal("1", "review can only be 1").optional(),
  /** Created on or after / on or before these Accra days (yyyy-mm-dd). */
  from: ZDay.optional(),
  to: ZDay.optional(),
  /** The last row's id of the previous page. */
  cursor: z.string().max(40).optional(),
});
export type TAdminPaymentFilters = z.input<typeof ZAdminPaymentFilters>;
type TParsedFilters = z.output<typeof ZAdminPaymentFilters>;

export type TAdminPaymentRow = {
  id: string;
  reference: string;
  createdAt: string;
  paidAt: string | null;
  status: PaymentStatus;
  kind: PaymentKind;
  channel: PaymentChannel | null;
  mobileMoneyProvider: string | null;
  amountMinor: number;
  amountRefundedMinor: number;
  feeMinor: number | null;
  needsReview: boolean;
  /** Why it needs review (our note, else what Paystack said); null when it does not. */
  reviewReason: string | null;
  /** Paystack's gateway response or our failure reason, for a failed or flagged payment. */
  gatewayNote: string | null;
  order: { number: string; customerName: string; contactPhone: string };
};

export type TAdminPaymentList = {
  rows: TAdminPaymentRow[];
  nextCursor: string | null;
  /** Per status, under the same filters except status (the tabs). */
  statusCounts: Record<PaymentStatus, number>;
  /** Payments needing review under the same filters except review (the toggle's count). */
  needsReviewCount: number;
};

export const ADMIN_PAYMENTS_PAGE_SIZE = 50;

/** Midnight (Accra) starting the day after `day` (yyyy-mm-dd). */
function dayAfter(day: string): Date {
  const d = new Date(accraLocalToIso(`${day}T00:00`));
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** Search, kind, channel and dates: what the status tabs and the review toggle both count under. */
async function searchAndFilterWhere(f: TParsedFilters, db: Db): Promise<Prisma.PaymentWhereInput[]> {
  const and: Prisma.PaymentWhereInput[] = [];
  if (f.q) {
    // The order number through its unique index, the reference through its trigram index
    // (ILIKE 'text%'); one OR across the relation would scan every payment.
    const order = await db.order.findFirst({
      where: { number: { in: [...new Set([f.q, f.q.toUpperCase()])] } },
      select: { id: true },
    });
    and.push({
      OR: [{ reference: { startsWith: f.q, mode: "insensitive" } }, ...(order ? [{ orderId: order.id }] : [])],
    });
  }
  if (f.kind) and.push({ kind: f.kind });
  if (f.channel) and.push({ channel: f.channel });
  if (f.from || f.to)
    and.push({
      createdAt: {
        ...(f.from ? { gte: new Date(accraLocalToIso(`${f.from}T00:00`)) } : {}),
        ...(f.to ? { lt: dayAfter(f.to) } : {}),
      },
    });
  return and;
}

const ROW_SELECT = {
  id: true,
  reference: true,
  createdAt: true,
  paidAt: true,
  status: true,
  kind: true,
  channel: true,
  mobileMoneyProvider: true,
  amountMinor: true,
  amountRefundedMinor: true,
  feeMinor: true,
  needsReview: true,
  reviewReason: true,
  gatewayResponse: true,
  failureReason: true,
  order: { select: { number: true, contactPhone: true, customer: { select: { name: true } } } },
} as const satisfies Prisma.PaymentSelect;

type TPaymentWithRow = Prisma.PaymentGetPayload<{ select: typeof ROW_SELECT }>;

function toAdminPaymentRow(p: TPaymentWithRow): TAdminPaymentRow {
  const gatewayNote =
    [p.failureReason, p.gatewayResponse].filter((s, i, all): s is string => !!s && all.indexOf(s) === i).join(" · ") ||
    null;
  return {
    id: p.id,
    reference: p.reference,
    createdAt: p.createdAt.toISOString(),
    paidAt: p.paidAt?.toISOString() ?? null,
    status: p.status,
    kind: p.kind,
    channel: p.channel,
    mobileMoneyProvider: p.mobileMoneyProvider,
    amountMinor: p.amountMinor,
    amountRefundedMinor: p.amountRefundedMinor,
    feeMinor: p.feeMinor,
    needsReview: p.needsReview,
    reviewReason: p.needsReview ? (p.reviewReason ?? gatewayNote ?? "Verification disagreed with our record") : null,
    gatewayNote,
    order: { number: p.order.number, customerName: p.order.customer.name, contactPhone: p.order.contactPhone },
  };
}

/** One page of payments under the filters, newest first (keyset on createdAt, then id). */
export async function listAdminPayments(input: TAdminPaymentFilters, db: Db = prisma): Promise<TAdminPaymentList> {
  const f = ZAdminPaymentFilters.parse(input);
  const common = await searchAndFilterWhere(f, db);
  const review: Prisma.PaymentWhereInput[] = f.review ? [{ needsReview: true }] : [];
  const status: Prisma.PaymentWhereInput[] = f.status ? [{ status: f.status }] : [];
  const after = f.cursor
    ? await db.payment.findUnique({ where: { id: f.cursor }, select: { id: true, createdAt: true } })
    : null;
  const keyset: Prisma.PaymentWhereInput[] = after
    ? [{ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }]
    : [];
  const [payments, counts, needsReviewCount] = await Promise.all([
    db.payment.findMany({
      where: { AND: [...common, ...review, ...status, ...keyset] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ADMIN_PAYMENTS_PAGE_SIZE + 1,
      select: ROW_SELECT,
    }),
    db.payment.groupBy({ by: ["status"], where: { AND: [...common, ...review] }, _count: { _all: true } }),
    db.payment.count({ where: { AND: [...common, ...status, { needsReview: true }] } }),
  ]);
  const page = payments.slice(0, ADMIN_PAYMENTS_PAGE_SIZE);
  const statusCounts = Object.fromEntries(Object.values(PaymentStatus).map((s) => [s, 0])) as Record<
    PaymentStatus,
    number
  >;
  for (const c of counts) statusCounts[c.status] = c._count._all;
  return {
    rows: page.map(toAdminPaymentRow),
    nextCursor: payments.length > ADMIN_PAYMENTS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
    statusCounts,
    needsReviewCount,
  };
}
