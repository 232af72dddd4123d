// Pure option logic for the variant picker (isomorphic; unit-tested in
// tests/unit/variant-options.test.ts).
import type { TVariantOption } from "@/lib/catalog/variant-availability";

export type TSelection = Record<string, string>;

/** Distinct values of one option, in the variants' display order. */
export function optionValues(variants: TVariantOption[], name: string): string[] {
  const values: string[] = [];
  for (const v of variants) {
    const value = v.options[name];
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}

export function findVariant(
  variants: TVariantOption[],
  optionNames: string[],
  selection: TSelection,
): TVariantOption | undefined {
  return variants.find((v) => optionNames.every((n) => v.options[n] === selection[n]));
}

export type TComboState = "available" | "unavailable" | "missing";

/** What picking `value` for `name` (keeping the other choices) would give. */
export function comboState(
  variants: TVariantOption[],
  optionNames: string[],
  selection: TSelection,
  name: string,
  value: string,
): TComboState {
  const v = findVariant(variants, optionNames, { ...selection, [name]: value });
  if (!v) return "missing";
  return v.isPurchasable ? "available" : "unavailable";
}

/**
 * The selection after choosing `value` for `name`: the exact combination when it exists,
 * else the variant with that value that changes the fewest other choices (purchasable first).
 */
export function selectValue(
  variants: TVariantOption[],
  optionNames: string[],
  selection: TSelection,
  name: string,
  value: string,
): TSelection {
  const wanted = { ...selection, [name]: value };
  if (findVariant(variants, optionNames, wanted)) return wanted;
  const candidates = variants.filter((v) => v.options[name] === value);
  const score = (v: TVariantOption) =>
    optionNames.filter((n) => v.options[n] === selection[n]).length + (v.isPurchasable ? 100 : 0);
  const best = candidates.sort((a, b) => score(b) - score(a))[0];
  return best ? { ...best.options } : wanted;
}

/** The variant shown first: the requested one, else the first purchasable, else the first. */
export function initialVariant(variants: TVariantOption[], requestedId?: string): TVariantOption | undefined {
  return variants.find((v) => v.id === requestedId) ?? variants.find((v) => v.isPurchasable) ?? variants[0];
}
