"use client";

import { MoreHorizontal } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { Button } from "@/components/ui/button";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { TVendorOrderLine } from "@/lib/orders/list-vendor-order-lines";
import { formatMoney } from "@/lib/money";
import { LineStatusBadge } from "./status-badges";

// One order line of /vendor/orders: a table row from md up, a card below it (the header is
// hidden there). Only what the vendor needs: order number and date, item, quantity, price,
// fee, status — no customer details.

const CELL = "md:table-cell md:px-3 md:py-3 md:align-top";

export function OrderLineRow({
  line,
  isSelected,
  isBusy,
  onToggle,
  onProcure,
  onCannotSource,
}: {
  line: TVendorOrderLine;
  isSelected: boolean;
  isBusy: boolean;
  onToggle: (checked: boolean) => void;
  onProcure: () => void;
  onCannotSource: () => void;
}) {
  const what = `${line.orderNumber} ${line.sku}`;
  const isProcurable = line.procureRefusal === null;
  // Below md, rows without a checkbox are not indented under an empty checkbox column.
  const indent = isProcurable ? "pl-8 md:pl-3" : "md:pl-3";
  return (
    <tr className="flex flex-wrap items-start gap-x-3 gap-y-1.5 border-t border-black/5 px-4 py-3 first:border-t-0 md:table-row md:p-0">
      <td className={`w-5 pt-0.5 md:w-10 md:pl-4 ${isProcurable ? "" : "max-md:hidden"} ${CELL}`}>
        {isProcurable ? (
          <input
            type="checkbox"
            className="h-4 w-4 accent-brand-600"
            checked={isSelected}
            onChange={(e) => onToggle(e.currentTarget.checked)}
            aria-label={`Select ${what}`}
          />
        ) : null}
      </td>
      <td className={`min-w-0 flex-1 ${CELL}`}>
        <p className="font-semibold text-ink">{line.productTitle}</p>
        <p className="text-xs text-ink-muted">
          {line.variantTitle} · <span className="font-mono">{line.sku}</span>
        </p>
      </td>
      <td className={`md:hidden`}>
        <LineStatusBadge status={line.status} isInStock={line.availability === "IN_STOCK"} />
      </td>
      <td className={`w-full text-sm md:w-auto md:whitespace-nowrap ${indent} ${CELL}`}>
        <span className="font-semibold">{line.orderNumber}</span>
        <span className="text-ink-muted md:block md:text-xs">
          <span className="md:hidden"> · </span>placed {formatDate(line.placedAt)}
        </span>
      </td>
      <td className={`text-sm tabular-nums md:text-right ${indent} ${CELL}`}>
        <span className="md:hidden">Qty </span>
        <span className="font-semibold">{line.quantity}</span>
      </td>
      <td className={`text-sm tabular-nums md:text-right md:whitespace-nowrap ${CELL}`}>
        <span className="md:hidden">× </span>
        {formatMoney(line.unitPriceMinor)}
        <span className="block text-xs text-ink-muted max-md:inline">
          <span className="md:hidden"> · </span>fee {formatMoney(line.feeMinor)}
        </span>
      </td>
      <td className={`hidden md:table-cell md:px-3 md:py-3 md:align-top`}>
        <LineStatusBadge status={line.status} isInStock={line.availability === "IN_STOCK"} />
        {line.procuredAt && line.status !== "CONFIRMED" ? (
          <p className="mt-1 text-xs text-ink-muted">{formatDateTime(line.procuredAt)}</p>
        ) : null}
      </td>
      {line.unavailableReason && line.status === "UNAVAILABLE" ? (
        <td className={`w-full text-xs text-danger-700 md:hidden ${indent}`}>{line.unavailableReason}</td>
      ) : null}
      <td className={`ml-auto flex items-center justify-end gap-1 md:w-auto md:pr-4 ${CELL}`}>
        <div className="flex items-center justify-end gap-1">
          {line.unavailableReason && line.status === "UNAVAILABLE" ? (
            <span className="mr-2 hidden max-w-48 text-xs text-danger-700 md:inline">{line.unavailableReason}</span>
          ) : null}
          {isProcurable ? (
            <Button
              size="sm"
              variant="outline"
              onClick={onProcure}
              isLoading={isBusy}
              aria-label={`Mark ${what} procured`}
            >
              Mark procured
            </Button>
          ) : null}
          {line.canMarkUnavailable ? (
            <DropdownMenu.Root>
              <DropdownMenu.Trigger
                className="grid h-9 w-9 place-items-center rounded-control text-ink-muted hover:bg-black/5 data-[state=open]:bg-black/5"
                aria-label={`More actions for ${what}`}
              >
                <MoreHorizontal aria-hidden="true" className="h-5 w-5" />
              </DropdownMenu.Trigger>
              <DropdownMenu.Portal>
                <DropdownMenu.Content
                  align="end"
                  sideOffset={4}
                  className="z-50 w-48 rounded-card bg-surface p-1.5 shadow-xl ring-1 ring-black/10"
                >
                  <DropdownMenu.Item
                    onSelect={onCannotSource}
                    className="flex h-10 cursor-pointer items-center rounded-control px-3 text-sm text-danger-700 outline-none select-none data-[highlighted]:bg-danger-50"
                  >
                    Cannot source…
                  </DropdownMenu.Item>
                </DropdownMenu.Content>
              </DropdownMenu.Portal>
            </DropdownMenu.Root>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
