"use client";

// The variant matrix's rows: a dense table from md up, a stacked card per row below it (412 px
// phones). Every control has its own label (visible on phones, for screen readers on wide
// screens); Tab walks a row left to right. Existing in-stock variants show their stock read-only
// with an "Adjust" link: stock changes are movements with a reason, made on /vendor/stock.
import Link from "next/link";
import { cn } from "@/lib/cn";
import { controlClasses } from "@/components/ui/input";
import { rowLabel } from "@/lib/catalog/client/variant-matrix";

export type TEditorRow = {
  /** Client key (stable across edits). */
  key: string;
  id?: string | undefined;
  sku: string;
  options: Record<string, string>;
  /** Cedis as typed ("120", "1,250.50"). */
  price: string;
  compareAt: string;
  availability: "IN_STOCK" | "PRE_ORDER";
  /** Opening stock of a new in-stock variant. */
  stock: string;
  batchCap: string;
  isActive: boolean;
  isRemoved?: boolean | undefined;
  /** Existing variants: stock on hand now, and whether order lines point at it. */
  stockOnHand?: number | undefined;
  hasOrders?: boolean | undefined;
};

const TH = "px-2 py-2 text-left font-semibold";
const CELL = "md:table-cell md:px-1.5 md:py-1.5 md:align-top";
const LBL = "mb-1 block text-xs font-medium text-ink-muted md:sr-only";
const CTRL = cn(controlClasses, "h-10 px-2 text-sm");

export function VariantRows({
  optionNames,
  rows,
  errors,
  onChange,
}: {
  optionNames: string[];
  rows: TEditorRow[];
  /** Row index → field → message. */
  errors: Map<number, Record<string, string>>;
  onChange: (index: number, next: TEditorRow) => void;
}) {
  return (
    <table className="block w-full text-sm md:table">
      <caption className="sr-only">Variants</caption>
      <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
        <tr>
          <th scope="col" className={TH}>
            Variant
          </th>
          <th scope="col" className={TH}>
            SKU
          </th>
          <th scope="col" className={TH}>
            Price (GH₵)
          </th>
          <th scope="col" className={TH}>
            Compare-at
          </th>
          <th scope="col" className={TH}>
            Availability
          </th>
          <th scope="col" className={TH}>
            Stock / batch cap
          </th>
          <th scope="col" className={TH}>
            Active
          </th>
        </tr>
      </thead>
      <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
        {rows.map((r, i) => {
          const label = rowLabel(optionNames, r.options);
          const err = errors.get(i) ?? {};
          const id = `vr-${r.key}`;
          const set = (patch: Partial<TEditorRow>) => onChange(i, { ...r, ...patch });
          const messages = [...new Set(Object.values(err))];
          return (
            <tr
              key={r.key}
              className={cn(
                "grid grid-cols-2 gap-x-3 gap-y-2 rounded-card bg-surface p-3 shadow-card ring-1 ring-black/5 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0",
                !r.isActive && "bg-surface-muted",
                messages.length && "ring-danger-600/40",
              )}
            >
              <th scope="row" className={cn("col-span-2 text-left font-semibold md:w-40 md:pt-3.5", CELL)}>
                <span className="text-ink-muted">{i + 1}.</span> {label}
                {r.isRemoved ? (
                  <span className="block text-xs font-normal text-warning-700">
                    Not in the options any more: kept inactive{r.hasOrders ? " (orders point at it)" : ""}
                  </span>
                ) : null}
                {messages.length ? (
                  <ul className="mt-1 text-xs font-normal text-danger-700">
                    {messages.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                ) : null}
              </th>
              <td className={cn("col-span-2", CELL)}>
                <label htmlFor={`${id}-sku`} className={LBL}>
                  SKU {label}
                </label>
                <input
                  id={`${id}-sku`}
                  className={cn(CTRL, "font-mono uppercase md:w-48")}
                  value={r.sku}
                  placeholder="Generated"
                  maxLength={64}
                  aria-invalid={err.sku ? true : undefined}
                  onChange={(e) => set({ sku: e.target.value })}
                />
              </td>
              <td className={CELL}>
                <label htmlFor={`${id}-price`} className={LBL}>
                  Price (GH₵) {label}
                </label>
                <input
                  id={`${id}-price`}
                  className={cn(CTRL, "tabular-nums md:w-28")}
                  inputMode="decimal"
                  value={r.price}
                  placeholder="0.00"
                  aria-invalid={err.priceMinor ? true : undefined}
                  onChange={(e) => set({ price: e.target.value })}
                />
              </td>
              <td className={CELL}>
                <label htmlFor={`${id}-compare`} className={LBL}>
                  Compare-at {label}
                </label>
                <input
                  id={`${id}-compare`}
                  className={cn(CTRL, "tabular-nums md:w-28")}
                  inputMode="decimal"
                  value={r.compareAt}
                  placeholder="Optional"
                  aria-invalid={err.compareAtMinor ? true : undefined}
                  onChange={(e) => set({ compareAt: e.target.value })}
                />
              </td>
              <td className={CELL}>
                <label htmlFor={`${id}-avail`} className={LBL}>
                  Availability {label}
                </label>
                <select
                  id={`${id}-avail`}
                  className={cn(CTRL, "md:w-32")}
                  value={r.availability}
                  onChange={(e) => set({ availability: e.target.value as TEditorRow["availability"] })}
                >
                  <option value="PRE_ORDER">Pre-order</option>
                  <option value="IN_STOCK">In stock</option>
                </select>
              </td>
              <td className={CELL}>
                {r.availability === "IN_STOCK" ? (
                  r.id ? (
                    <div className="md:pt-2">
                      <span className={LBL}>Stock on hand</span>
                      <span className="font-semibold tabular-nums">{r.stockOnHand ?? 0}</span>{" "}
                      <Link
                        href={`/vendor/stock/${r.id}`}
                        className="text-sm font-semibold text-brand-700 hover:underline"
                        aria-label={`Adjust stock of ${label}`}
                      >
                        Adjust
                      </Link>
                    </div>
                  ) : (
                    <>
                      <label htmlFor={`${id}-stock`} className={LBL}>
                        Opening stock {label}
                      </label>
                      <input
                        id={`${id}-stock`}
                        className={cn(CTRL, "tabular-nums md:w-24")}
                        inputMode="numeric"
                        value={r.stock}
                        placeholder="0"
                        aria-invalid={err.stockOnHand ? true : undefined}
                        onChange={(e) => set({ stock: e.target.value })}
                      />
                    </>
                  )
                ) : (
                  <>
                    <label htmlFor={`${id}-cap`} className={LBL}>
                      Batch cap {label}
                    </label>
                    <input
                      id={`${id}-cap`}
                      className={cn(CTRL, "tabular-nums md:w-24")}
                      inputMode="numeric"
                      value={r.batchCap}
                      placeholder="No cap"
                      aria-invalid={err.batchCap ? true : undefined}
                      onChange={(e) => set({ batchCap: e.target.value })}
                    />
                  </>
                )}
              </td>
              <td className={cn("self-end", CELL)}>
                <label className="inline-flex h-10 cursor-pointer items-center gap-2 text-sm md:pt-0">
                  <input
                    type="checkbox"
                    className="h-5 w-5 accent-brand-700"
                    checked={r.isActive}
                    onChange={(e) =>
                      set({ isActive: e.target.checked, isRemoved: e.target.checked ? false : r.isRemoved })
                    }
                  />
                  <span className="md:sr-only">Active {label}</span>
                </label>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
