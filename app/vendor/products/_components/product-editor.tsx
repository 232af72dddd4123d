"use client";

// The vendor's product editor (/vendor/products/new and /vendor/products/[id]): the product's
// fields, garment attributes and size chart, and the variant matrix (options as chips,
// "Generate variants" builds every combination, one row per variant). The server validates
// again and answers field errors per row ("Row 3 (M / Black): price must be at least GH₵ 1").
import { useRouter } from "next/navigation";
import { useId, useMemo, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Plus, Wand2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, controlClasses } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { generateMatrix, type TOptionDef } from "@/lib/catalog/client/variant-matrix";
import type { TProductSizeChart, TVendorProductForm } from "@/lib/catalog/schemas";
import { parseMoney } from "@/lib/money";
import type { TActionResult } from "@/lib/http/action-result";
import { OptionValues } from "./option-values";
import { SizeChartEditor } from "./size-chart-editor";
import { VariantRows, type TEditorRow } from "./variant-rows";

export type TEditorProduct = {
  id: string;
  title: string;
  description: string;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED";
  categoryId: string;
  originId: string;
  leadTimeDays: number;
  material: string | null;
  care: string | null;
  season: string | null;
  sizeChart: TProductSizeChart | null;
  optionNames: string[];
  variants: {
    id: string;
    sku: string;
    options: Record<string, string>;
    priceMinor: number;
    compareAtMinor: number | null;
    availability: "IN_STOCK" | "PRE_ORDER";
    stockOnHand: number;
    batchCap: number | null;
    isActive: boolean;
    hasOrders: boolean;
  }[];
};

type TSave = (form: TVendorProductForm) => Promise<TActionResult<{ id: string; slug: string }>>;

const cedis = (minor: number | null) => (minor === null ? "" : (minor / 100).toFixed(2));
let seq = 0;
const newKey = () => `n${++seq}`;

function blankRow(options: Record<string, string>, like?: TEditorRow): TEditorRow {
  return {
    key: newKey(),
    sku: "",
    options,
    price: like?.price ?? "",
    compareAt: like?.compareAt ?? "",
    availability: like?.availability ?? "PRE_ORDER",
    stock: "",
    batchCap: like?.batchCap ?? "",
    isActive: true,
  };
}

function optionDefsOf(p: TEditorProduct | null): TOptionDef[] {
  if (!p) return [];
  return p.optionNames.map((name) => ({
    name,
    values: [
      ...new Set(
        p.variants
          .filter((v) => v.isActive)
          .map((v) => v.options[name])
          .filter((x): x is string => !!x),
      ),
    ],
  }));
}

export function ProductEditor({
  product,
  categories,
  origins,
  defaultOriginId,
  save,
  imagesSlot,
}: {
  product: TEditorProduct | null;
  categories: { value: string; label: string }[];
  origins: { id: string; name: string }[];
  defaultOriginId: string;
  save: TSave;
  imagesSlot?: ReactNode;
}) {
  const uid = useId();
  const router = useRouter();
  const [fields, setFields] = useState({
    title: product?.title ?? "",
    description: product?.description ?? "",
    categoryId: product?.categoryId ?? "",
    originId: product?.originId ?? defaultOriginId,
    status: product?.status ?? ("DRAFT" as const),
    leadTimeDays: String(product?.leadTimeDays ?? 7),
    material: product?.material ?? "",
    care: product?.care ?? "",
    season: product?.season ?? "",
  });
  const [sizeChart, setSizeChart] = useState<TProductSizeChart | null>(product?.sizeChart ?? null);
  const [options, setOptions] = useState<TOptionDef[]>(() => optionDefsOf(product));
  const [rows, setRows] = useState<TEditorRow[]>(() =>
    product
      ? product.variants.map((v) => ({
          key: v.id,
          id: v.id,
          sku: v.sku,
          options: v.options,
          price: cedis(v.priceMinor),
          compareAt: cedis(v.compareAtMinor),
          availability: v.availability,
          stock: "",
          batchCap: v.batchCap === null ? "" : String(v.batchCap),
          isActive: v.isActive,
          stockOnHand: v.stockOnHand,
          hasOrders: v.hasOrders,
        }))
      : [blankRow({})],
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const optionNames = options.map((o) => o.name.trim()).filter(Boolean);
  const fits = (r: TEditorRow) =>
    Object.keys(r.options).length === optionNames.length && optionNames.every((n) => n in r.options);
  const matrixIsStale = rows.some((r) => !r.id && !fits(r)) || !rows.some(fits);

  // Server errors are keyed by the index of the row as sent; rows that do not fit are not sent.
  const sentIndex = useMemo(() => {
    const m = new Map<number, number>();
    let n = 0;
    rows.forEach((r, i) => {
      if (fits(r)) m.set(n++, i);
    });
    return m;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fits reads optionNames
  }, [rows, optionNames.join("\u0000")]);
  const rowErrors = useMemo(() => {
    const m = new Map<number, Record<string, string>>();
    for (const [key, message] of Object.entries(fieldErrors)) {
      const match = /^variants\.(\d+)\.(\w+)/.exec(key);
      if (!match) continue;
      const i = sentIndex.get(Number(match[1]));
      if (i === undefined) continue;
      m.set(i, { ...m.get(i), [match[2]!]: message });
    }
    for (const [key, message] of Object.entries(fieldErrors)) {
      const match = /^local\.variants\.(\d+)\.(\w+)/.exec(key);
      if (match) m.set(Number(match[1]), { ...m.get(Number(match[1])), [match[2]!]: message });
    }
    return m;
  }, [fieldErrors, sentIndex]);

  function generate() {
    const defs = options.filter((o) => o.name.trim());
    setRows((prev) =>
      generateMatrix(defs, prev, (opts) =>
        blankRow(
          opts,
          prev.find((r) => r.isActive),
        ),
      ),
    );
    setNotice(null);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    setNotice(null);
    if (matrixIsStale) {
      setFormError("The options changed: press “Generate variants” to rebuild the rows before saving.");
      return;
    }
    const local: Record<string, string> = {};
    const sent = rows.filter(fits);
    const variants = sent.map((r) => {
      const i = rows.indexOf(r);
      const tag = `Row ${i + 1}`;
      const price = parseMoney(r.price);
      if (price === null) local[`local.variants.${i}.priceMinor`] = `${tag}: enter the price in cedis, e.g. 120.00`;
      const compareAt = r.compareAt.trim() ? parseMoney(r.compareAt) : null;
      if (r.compareAt.trim() && compareAt === null)
        local[`local.variants.${i}.compareAtMinor`] = `${tag}: compare-at is not an amount`;
      const whole = (text: string, field: string, what: string) => {
        if (!text.trim()) return undefined;
        if (!/^\d+$/.test(text.trim())) {
          local[`local.variants.${i}.${field}`] = `${tag}: ${what} must be a whole number`;
          return undefined;
        }
        return Number(text.trim());
      };
      const base = {
        ...(r.id ? { id: r.id } : {}),
        sku: r.sku.trim(),
        options: Object.fromEntries(optionNames.map((n) => [n, r.options[n] ?? ""])),
        priceMinor: price ?? 0,
        compareAtMinor: compareAt,
        isActive: r.isActive,
      };
      if (r.availability === "IN_STOCK") {
        const stock = r.id ? undefined : whole(r.stock, "stockOnHand", "opening stock");
        return { ...base, availability: "IN_STOCK" as const, ...(stock !== undefined ? { stockOnHand: stock } : {}) };
      }
      return {
        ...base,
        availability: "PRE_ORDER" as const,
        batchCap: whole(r.batchCap, "batchCap", "batch cap") ?? null,
      };
    });
    const lead = Number(fields.leadTimeDays);
    if (!/^\d+$/.test(fields.leadTimeDays.trim())) local.leadTimeDays = "a whole number of days";
    if (Object.keys(local).length) {
      setFieldErrors(local);
      setFormError("Please check the highlighted fields.");
      return;
    }
    const form: TVendorProductForm = {
      ...(product ? { productId: product.id } : {}),
      title: fields.title,
      description: fields.description,
      categoryId: fields.categoryId,
      originId: fields.originId,
      status: fields.status,
      leadTimeDays: lead,
      material: fields.material,
      care: fields.care,
      season: fields.season,
      sizeChart,
      optionNames,
      variants,
    };
    startTransition(async () => {
      const r = await save(form);
      if (!r.ok) {
        setFieldErrors(r.fieldErrors ?? {});
        setFormError(r.message);
        return;
      }
      setFieldErrors({});
      if (!product) {
        router.push(`/vendor/products/${r.data.id}?created=1`);
        return;
      }
      setNotice("Saved. The storefront shows the changes now.");
      router.refresh();
    });
  }

  const fe = (name: string) =>
    fieldErrors[name] ?? Object.entries(fieldErrors).find(([k]) => k.startsWith(`${name}.`))?.[1];
  const text = (name: keyof typeof fields) => ({
    id: `${uid}-${name}`,
    value: fields[name],
    "aria-invalid": fe(name) ? true : undefined,
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 pb-24">
      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-base font-bold">Product</h2>
        <Field id={`${uid}-title`} label="Title" error={fe("title")}>
          <Input {...text("title")} maxLength={140} required />
        </Field>
        <Field
          id={`${uid}-description`}
          label="Description"
          error={fe("description")}
          hint="Markdown: **bold**, *italic*, lists starting with “- ”, [links](https://…). HTML is shown as text."
        >
          <textarea {...text("description")} rows={7} maxLength={5000} className={cn(controlClasses, "py-2")} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id={`${uid}-categoryId`} label="Category" error={fe("categoryId")}>
            <Select {...text("categoryId")}>
              <option value="">Choose a category</option>
              {categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={`${uid}-originId`} label="Ships from" error={fe("originId")}>
            <Select {...text("originId")}>
              {origins.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={`${uid}-status`} label="Status" error={fe("status")} hint="Active products are on the storefront.">
            <Select {...text("status")}>
              <option value="DRAFT">Draft</option>
              <option value="ACTIVE">Active</option>
              <option value="ARCHIVED">Archived</option>
            </Select>
          </Field>
          <Field
            id={`${uid}-leadTimeDays`}
            label="Lead time (days)"
            error={fe("leadTimeDays")}
            hint="Days you need to source a pre-order."
          >
            <Input {...text("leadTimeDays")} inputMode="numeric" />
          </Field>
        </div>
      </Card>

      <Card className="space-y-4 p-4 sm:p-5">
        <h2 className="text-base font-bold">Garment details</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id={`${uid}-material`} label="Material" error={fe("material")}>
            <Input {...text("material")} maxLength={200} placeholder="100% cotton" />
          </Field>
          <Field id={`${uid}-care`} label="Care" error={fe("care")}>
            <Input {...text("care")} maxLength={500} placeholder="Machine wash 30°C" />
          </Field>
          <Field id={`${uid}-season`} label="Season" error={fe("season")}>
            <Input {...text("season")} maxLength={40} placeholder="All year" />
          </Field>
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold">Size chart</h3>
          <SizeChartEditor value={sizeChart} onChange={setSizeChart} error={fe("sizeChart")} />
        </div>
      </Card>

      <Card className="space-y-4 p-4 sm:p-5">
        <div>
          <h2 className="text-base font-bold">Variants</h2>
          <p className="mt-1 text-sm text-ink-muted">
            Up to 3 options (e.g. Size, Colour). “Generate variants” makes one row per combination and keeps the rows
            you already have; a variant whose combination you remove stays, inactive. SKUs left blank are generated.
          </p>
        </div>
        <div className="space-y-3">
          {options.map((o, i) => (
            <OptionValues
              key={i}
              index={i}
              option={o}
              error={fe(`optionNames.${i}`) ?? (i === 0 ? fieldErrors.optionNames : undefined)}
              onChange={(next) => setOptions((prev) => prev.map((x, j) => (j === i ? next : x)))}
              onRemove={() => setOptions((prev) => prev.filter((_, j) => j !== i))}
            />
          ))}
          <div className="flex flex-wrap gap-2">
            {options.length < 3 ? (
              <Button
                type="button"
                variant="outline"
                size="sm"
                onClick={() =>
                  setOptions((prev) => [...prev, { name: ["Size", "Colour", ""][prev.length] ?? "", values: [] }])
                }
              >
                <Plus aria-hidden="true" className="h-4 w-4" /> Add option
              </Button>
            ) : null}
            <Button type="button" size="sm" variant={matrixIsStale ? "primary" : "secondary"} onClick={generate}>
              <Wand2 aria-hidden="true" className="h-4 w-4" /> Generate variants
            </Button>
          </div>
          {matrixIsStale ? (
            <p className="text-sm font-semibold text-warning-700">
              The options changed: generate the variants to rebuild the rows.
            </p>
          ) : null}
        </div>
        {fieldErrors.variants ? <p className="text-sm text-danger-700">{fieldErrors.variants}</p> : null}
        <div className="md:-mx-2 md:overflow-x-auto">
          <VariantRows
            optionNames={optionNames}
            rows={rows}
            errors={rowErrors}
            onChange={(i, next) => setRows((prev) => prev.map((r, j) => (j === i ? next : r)))}
          />
        </div>
      </Card>

      {imagesSlot}

      <div className="sticky bottom-0 z-20 -mx-4 flex flex-wrap items-center gap-3 border-t border-black/10 bg-surface/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-card sm:border">
        <div className="mr-auto min-w-0 text-sm" aria-live="polite">
          {formError ? (
            <p role="alert" className="font-semibold text-danger-700">
              {formError}
            </p>
          ) : notice ? (
            <p className="font-semibold text-brand-700">{notice}</p>
          ) : (
            <p className="text-ink-muted">
              {rows.filter((r) => r.isActive).length} active of {rows.length} variants
            </p>
          )}
        </div>
        <Button type="submit" isLoading={isPending}>
          {product ? "Save changes" : "Create product"}
        </Button>
      </div>
    </form>
  );
}
