"use client";

// The product's own size chart: one small table per region (UK, EU, US…), the first row the
// column headings ("Size", "Chest (cm)"…), each further row a size and its measurements.
// Stored as Product.sizeChart { region: [[heading…], [cell…]…] }.
import { useId, useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { TProductSizeChart } from "@/lib/catalog/schemas";

const STARTER = [
  ["Size", "Chest (cm)", "Waist (cm)"],
  ["S", "", ""],
  ["M", "", ""],
  ["L", "", ""],
];

export function SizeChartEditor({
  value,
  onChange,
  error,
}: {
  value: TProductSizeChart | null;
  onChange: (next: TProductSizeChart | null) => void;
  error?: string | undefined;
}) {
  const uid = useId();
  const regions = value ? Object.keys(value) : [];
  const [current, setCurrent] = useState<string>(regions[0] ?? "UK");
  const [newRegion, setNewRegion] = useState("");
  const region = value && current in value ? current : (regions[0] ?? "UK");
  const grid = value?.[region] ?? null;

  if (!value || !grid) {
    return (
      <div>
        <p className="text-sm text-ink-muted">
          No size chart of its own: the storefront shows the category&apos;s, if it has one.
        </p>
        <Button type="button" variant="outline" size="sm" className="mt-2" onClick={() => onChange({ UK: STARTER })}>
          <Plus aria-hidden="true" className="h-4 w-4" /> Add a size chart
        </Button>
      </div>
    );
  }

  const setGrid = (next: string[][]) => onChange({ ...value, [region]: next });
  const setCell = (r: number, c: number, text: string) =>
    setGrid(grid.map((row, ri) => (ri === r ? row.map((cell, ci) => (ci === c ? text : cell)) : row)));
  const addRegion = () => {
    const name = newRegion.trim().toUpperCase().slice(0, 12);
    if (!name || name in value) return;
    // A new region starts with the current one's headings and sizes, measurements blank.
    onChange({
      ...value,
      [name]: grid.map((row, ri) => (ri === 0 ? [...row] : row.map((c, ci) => (ci === 0 ? c : "")))),
    });
    setCurrent(name);
    setNewRegion("");
  };
  const removeRegion = () => {
    const rest = Object.fromEntries(Object.entries(value).filter(([k]) => k !== region));
    onChange(Object.keys(rest).length ? rest : null);
    setCurrent(Object.keys(rest)[0] ?? "UK");
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div role="tablist" aria-label="Size chart regions" className="flex flex-wrap gap-1">
          {regions.map((r) => (
            <button
              key={r}
              type="button"
              role="tab"
              aria-selected={r === region}
              className={cn(
                "h-9 rounded-pill px-3 text-sm font-semibold",
                r === region ? "bg-ink text-white" : "bg-surface ring-1 ring-black/10 hover:bg-surface-muted",
              )}
              onClick={() => setCurrent(r)}
            >
              {r}
            </button>
          ))}
        </div>
        <div className="flex items-end gap-1">
          <div>
            <Label htmlFor={`${uid}-region`} className="sr-only">
              New region
            </Label>
            <Input
              id={`${uid}-region`}
              className="h-9 w-24"
              placeholder="EU, US…"
              value={newRegion}
              maxLength={12}
              onChange={(e) => setNewRegion(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addRegion();
                }
              }}
            />
          </div>
          <Button type="button" size="sm" variant="outline" onClick={addRegion}>
            Add region
          </Button>
        </div>
      </div>

      <div className="overflow-x-auto">
        <table className="text-sm">
          <caption className="sr-only">Size chart for {region}</caption>
          <tbody>
            {grid.map((row, ri) => (
              <tr key={ri}>
                {row.map((cell, ci) => (
                  <td key={ci} className="p-0.5">
                    <Input
                      aria-label={
                        ri === 0 ? `Heading of column ${ci + 1}` : `${row[0] || `Row ${ri}`}, ${grid[0]![ci]}`
                      }
                      className={cn("h-9 w-28 px-2 text-sm", ri === 0 && "font-semibold")}
                      value={cell}
                      maxLength={40}
                      onChange={(e) => setCell(ri, ci, e.target.value)}
                    />
                  </td>
                ))}
                <td className="p-0.5">
                  {ri > 0 ? (
                    <Button
                      type="button"
                      size="icon"
                      variant="ghost"
                      aria-label={`Remove size ${row[0] || ri}`}
                      onClick={() => setGrid(grid.filter((_, i) => i !== ri))}
                      disabled={grid.length <= 2}
                    >
                      <Trash2 aria-hidden="true" className="h-4 w-4" />
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="outline" onClick={() => setGrid([...grid, grid[0]!.map(() => "")])}>
          Add size
        </Button>
        <Button
          type="button"
          size="sm"
          variant="outline"
          disabled={grid[0]!.length >= 10}
          onClick={() => setGrid(grid.map((row, ri) => [...row, ri === 0 ? "Measure (cm)" : ""]))}
        >
          Add column
        </Button>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={grid[0]!.length <= 2}
          onClick={() => setGrid(grid.map((row) => row.slice(0, -1)))}
        >
          Remove last column
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={removeRegion}>
          Remove {region}
        </Button>
      </div>
      {error ? <p className="text-sm text-danger-700">{error}</p> : null}
    </div>
  );
}
