import type { TVariantOption, TVariantStatus } from "@/lib/catalog/variant-availability";
import { optionValues, findVariant } from "@/components/shop/product/variant-options";

const LABEL: Record<TVariantStatus, string> = {
  IN_STOCK: "In stock",
  LOW_STOCK: "Few left",
  SOLD_OUT: "Sold out",
  PRE_ORDER: "Pre-order",
  BATCH_FULL: "Batch full",
  NO_BATCH: "Paused",
};

/** Every option combination with its availability, in a collapsible table (no JavaScript). */
export function VariantMatrix({ optionNames, variants }: { optionNames: string[]; variants: TVariantOption[] }) {
  const names = optionNames.filter((n) => variants.some((v) => v.options[n] !== undefined));
  if (variants.length < 2 || names.length === 0) return null;
  const [rowName, colName] = names;
  return (
    <details className="group rounded-card bg-surface ring-1 ring-black/5">
      <summary className="cursor-pointer list-none px-4 py-3 text-sm font-semibold text-ink marker:hidden">
        Availability of every option <span className="text-ink-muted group-open:hidden">— show</span>
      </summary>
      <div className="overflow-x-auto px-4 pb-4">
        {names.length === 2 && rowName && colName ? (
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th scope="col" className="py-1.5 pr-3 text-left font-medium text-ink-muted">
                  {rowName} / {colName}
                </th>
                {optionValues(variants, colName).map((c) => (
                  <th key={c} scope="col" className="px-2 py-1.5 text-left font-semibold text-ink">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {optionValues(variants, rowName).map((r) => (
                <tr key={r} className="border-t border-black/5">
                  <th scope="row" className="py-1.5 pr-3 text-left font-semibold text-ink">
                    {r}
                  </th>
                  {optionValues(variants, colName).map((c) => {
                    const v = findVariant(variants, names, { [rowName]: r, [colName]: c });
                    return (
                      <td
                        key={c}
                        className={
                          v?.isPurchasable
                            ? "px-2 py-1.5 whitespace-nowrap text-brand-700"
                            : "px-2 py-1.5 whitespace-nowrap text-ink-muted line-through"
                        }
                      >
                        {v ? LABEL[v.status] : "Not made"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <ul className="divide-y divide-black/5 text-sm">
            {variants.map((v) => (
              <li key={v.id} className="flex justify-between py-1.5">
                <span className="text-ink">{names.map((n) => v.options[n]).join(" / ")}</span>
                <span className={v.isPurchasable ? "text-brand-700" : "text-ink-muted line-through"}>
                  {LABEL[v.status]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
