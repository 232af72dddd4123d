// /vendor/stock/[variantId] — one in-stock variant: its levels, adjust and alert level, and
// every movement of its stock (newest first, keyset pages). Another vendor's variant: 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { Card } from "@/components/ui/card";
import { DashboardHeading, StatCard } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, flatSearchParams } from "@/components/ui/list-controls";
import { can } from "@/lib/auth/rbac";
import { formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { getVendorStockVariantOrThrow } from "@/lib/inventory/get-vendor-stock-variant";
import { listVariantMovements } from "@/lib/inventory/list-variant-movements";
import { STOCK_REASON_LABEL } from "@/lib/inventory/schemas";
import { requireVendorSection } from "../../_lib/guard";
import { AdjustStockButton } from "../_components/adjust-stock-dialog";
import { StockLevelBadge } from "../_components/stock-level-badge";
import { ThresholdEdit } from "../_components/threshold-edit";

export const metadata: Metadata = { title: "Stock history · Vendor" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function VendorStockVariantPage({
  params,
  searchParams,
}: {
  params: Promise<{ variantId: string }>;
  searchParams: Promise<TSearch>;
}) {
  const { user, vendorId } = await requireVendorSection("/vendor/stock");
  const { variantId } = await params;
  const raw = await flatSearchParams(searchParams);
  const variant = await getVendorStockVariantOrThrow({ vendorId, variantId }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const cursor = raw.cursor && raw.cursor.length <= 40 ? raw.cursor : undefined;
  const history = await listVariantMovements({ vendorId, variantId, cursor });
  const canWrite = can(user, "vendor:inventory:write", { vendorId });

  return (
    <>
      <Link
        href="/vendor/stock"
        className="mb-3 inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="h-4 w-4" /> Stock
      </Link>
      <DashboardHeading
        title={`${variant.productTitle} — ${variant.variantTitle}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span className="font-mono">{variant.sku}</span>
            <StockLevelBadge {...variant} />
            {variant.productStatus !== "ACTIVE" ? <span>· product {variant.productStatus.toLowerCase()}</span> : null}
            {!variant.isActive ? <span>· variant switched off</span> : null}
          </span>
        }
        actions={
          canWrite ? (
            <AdjustStockButton
              size="md"
              variantStyle="primary"
              variant={{
                variantId: variant.variantId,
                sku: variant.sku,
                label: `${variant.productTitle} — ${variant.variantTitle}`,
                stockOnHand: variant.stockOnHand,
                reserved: variant.reserved,
              }}
            />
          ) : null
        }
      />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="On hand" value={variant.stockOnHand} />
        <StatCard label="Held by checkouts" value={variant.reserved} hint="Unpaid, released if not paid in time" />
        <StatCard label="Available to sell" value={Math.max(0, variant.available)} />
        <div className="rounded-card bg-surface p-5 shadow-card ring-1 ring-black/5">
          <p className="text-sm text-ink-muted">Low-stock alert at</p>
          <div className="mt-1 text-3xl font-extrabold tracking-tight text-ink">
            {canWrite ? (
              <ThresholdEdit variantId={variant.variantId} sku={variant.sku} lowStockAt={variant.lowStockAt} />
            ) : (
              variant.lowStockAt
            )}
          </div>
          <p className="mt-1 text-xs text-ink-muted">Alerted when available falls to this</p>
        </div>
      </div>

      <h2 className="mb-3 text-lg font-bold text-ink">Movements</h2>
      {history.rows.length === 0 ? (
        <Card>
          <EmptyState title={cursor ? "No more movements" : "No movements yet"}>
            Every change of stock on hand — received, sold, damaged, corrected — is listed here.
          </EmptyState>
        </Card>
      ) : (
        <Card className="max-md:bg-transparent max-md:shadow-none max-md:ring-0 md:overflow-x-auto">
          <table className="block w-full text-left text-sm md:table md:min-w-[760px]">
            <caption className="sr-only">Stock movements, newest first</caption>
            <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Date (Accra)
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Reason
                </th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">
                  Change
                </th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">
                  Stock after
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Who
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Reference · note
                </th>
              </tr>
            </thead>
            <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
              {history.rows.map((m) => (
                <tr
                  key={m.id}
                  className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0"
                >
                  <td className="w-full text-xs text-ink-muted md:w-auto md:table-cell md:px-4 md:py-3 md:text-sm md:whitespace-nowrap md:text-ink">
                    {formatDateTime(m.createdAt)}
                  </td>
                  <td className="flex-1 font-semibold md:table-cell md:px-4 md:py-3 md:font-normal">
                    {STOCK_REASON_LABEL[m.reason] ?? m.reason}
                  </td>
                  <td
                    className={`font-semibold tabular-nums md:table-cell md:px-4 md:py-3 md:text-right ${m.quantity > 0 ? "text-brand-700" : "text-danger-700"}`}
                  >
                    {m.quantity > 0 ? `+${m.quantity}` : `−${Math.abs(m.quantity)}`}
                  </td>
                  <td className="text-ink-muted tabular-nums md:table-cell md:px-4 md:py-3 md:text-right md:text-ink">
                    <span className="md:hidden">→ </span>
                    {m.stockAfter}
                  </td>
                  <td className="w-full text-ink-muted md:w-auto md:table-cell md:px-4 md:py-3 md:text-ink">
                    {m.who ?? (m.reason === "SALE" ? "Customer order" : "System")}
                  </td>
                  <td className="w-full min-w-0 text-ink-muted md:table-cell md:max-w-xs md:px-4 md:py-3">
                    {m.reference ? (
                      <span className="font-mono text-xs text-ink">
                        {m.reason === "SALE" || m.reason === "RETURN" ? "Order " : ""}
                        {m.reference}
                      </span>
                    ) : null}
                    {m.reference && m.note ? " · " : null}
                    {m.note ? <span className="break-words">{m.note}</span> : null}
                    {!m.reference && !m.note ? "—" : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <KeysetPager pathname={`/vendor/stock/${variant.variantId}`} params={raw} nextCursor={history.nextCursor} />
    </>
  );
}
