// The vendor product CSV: one row per variant; a product's columns are repeated on each of
// its rows and grouped by `handle` (the product's slug). Isomorphic: the import page renders
// this list as its column reference, the export writes exactly these columns in this order,
// and the parser checks a file's header against it. Documented in lib/catalog/csv/README.md.

export const PRODUCT_CSV_COLUMNS = [
  "handle",
  "title",
  "description",
  "category",
  "status",
  "origin",
  "lead_time_days",
  "material",
  "care",
  "season",
  "option1_name",
  "option1_value",
  "option2_name",
  "option2_value",
  "option3_name",
  "option3_value",
  "sku",
  "price",
  "compare_at_price",
  "availability",
  "stock_on_hand",
  "batch_cap",
  "active",
] as const;
export type TProductCsvColumn = (typeof PRODUCT_CSV_COLUMNS)[number];

/** Columns that describe the product: every row of one handle must carry the same values. */
export const PRODUCT_LEVEL_COLUMNS = [
  "title",
  "description",
  "category",
  "status",
  "origin",
  "lead_time_days",
  "material",
  "care",
  "season",
  "option1_name",
  "option2_name",
  "option3_name",
] as const satisfies readonly TProductCsvColumn[];

/** Largest file the import accepts (bytes) and most data rows. */
export const PRODUCT_CSV_MAX_BYTES = 5 * 1024 * 1024;
export const PRODUCT_CSV_MAX_ROWS = 20_000;

export type TColumnDoc = { column: TProductCsvColumn; required: string; example: string; meaning: string };

export const PRODUCT_CSV_COLUMN_DOCS: readonly TColumnDoc[] = [
  {
    column: "handle",
    required: "yes",
    example: "kente-linen-shirt",
    meaning:
      "The product's web address (slug): lower-case letters, digits and single dashes. Rows with the same handle are one product.",
  },
  { column: "title", required: "yes", example: "Kente linen shirt", meaning: "Product name, 3–140 characters." },
  {
    column: "description",
    required: "yes",
    example: "Breathable linen with a kente trim.",
    meaning: "Shown on the product page (Markdown), up to 5,000 characters.",
  },
  {
    column: "category",
    required: "yes",
    example: "mens-shirts",
    meaning: "A category's slug, as in the category page's address (/c/<slug>).",
  },
  {
    column: "status",
    required: "no",
    example: "ACTIVE",
    meaning: "DRAFT, ACTIVE or ARCHIVED. Blank: DRAFT for a new product, unchanged for an existing one.",
  },
  {
    column: "origin",
    required: "no",
    example: "LDN",
    meaning: "Origin code the product ships from. Blank: your shop's origin (new) or unchanged (existing).",
  },
  {
    column: "lead_time_days",
    required: "no",
    example: "7",
    meaning: "Days you need to source a pre-order item, 0–120. Blank: 7 (new) or unchanged (existing).",
  },
  { column: "material", required: "no", example: "100% linen", meaning: "Garment attribute; blank = none." },
  { column: "care", required: "no", example: "Machine wash cold", meaning: "Garment attribute; blank = none." },
  { column: "season", required: "no", example: "Summer 2026", meaning: "Garment attribute; blank = none." },
  {
    column: "option1_name",
    required: "no",
    example: "Size",
    meaning: "First option's name (same on every row of the product). Blank when the product has no options.",
  },
  { column: "option1_value", required: "with a name", example: "M", meaning: "This variant's value of option 1." },
  { column: "option2_name", required: "no", example: "Colour", meaning: "Second option's name." },
  { column: "option2_value", required: "with a name", example: "Indigo", meaning: "This variant's value of option 2." },
  { column: "option3_name", required: "no", example: "", meaning: "Third option's name." },
  { column: "option3_value", required: "with a name", example: "", meaning: "This variant's value of option 3." },
  {
    column: "sku",
    required: "yes",
    example: "KLS-M-IND",
    meaning:
      "The variant's stock-keeping unit, unique across the store (letters, digits, . _ -; stored in capitals). A SKU you already have updates that variant; a new one creates it.",
  },
  { column: "price", required: "yes", example: "129.99", meaning: "Price in cedis (GH₵), up to 2 decimals." },
  {
    column: "compare_at_price",
    required: "no",
    example: "159.00",
    meaning: "A former price shown struck through; must be above price. Blank = none.",
  },
  {
    column: "availability",
    required: "yes",
    example: "in_stock",
    meaning: "in_stock (held in Ghana, sold from stock on hand) or pre_order (sourced per batch).",
  },
  {
    column: "stock_on_hand",
    required: "no",
    example: "12",
    meaning:
      "in_stock only: units on hand. A different figure for an existing variant is recorded as a stock correction. Blank: 0 (new) or unchanged (existing). Leave blank for pre_order.",
  },
  {
    column: "batch_cap",
    required: "no",
    example: "",
    meaning: "pre_order only: most units one batch may take. Blank = no cap. Leave blank for in_stock.",
  },
  {
    column: "active",
    required: "no",
    example: "true",
    meaning: "true or false: whether the variant can be bought. Blank = true.",
  },
];

/** The template the import page offers: the header and two example rows of one product. */
export function productCsvTemplate(): string[][] {
  const row = (v: Partial<Record<TProductCsvColumn, string>>) => PRODUCT_CSV_COLUMNS.map((c) => v[c] ?? "");
  const product = {
    handle: "kente-linen-shirt",
    title: "Kente linen shirt",
    description: "Breathable linen with a kente trim.",
    category: "mens-shirts",
    status: "DRAFT",
    origin: "",
    lead_time_days: "7",
    material: "100% linen",
    care: "Machine wash cold",
    season: "",
    option1_name: "Size",
    option2_name: "Colour",
    availability: "in_stock",
    active: "true",
  };
  return [
    [...PRODUCT_CSV_COLUMNS],
    row({
      ...product,
      option1_value: "M",
      option2_value: "Indigo",
      sku: "KLS-M-IND",
      price: "129.99",
      stock_on_hand: "12",
    }),
    row({
      ...product,
      option1_value: "L",
      option2_value: "Indigo",
      sku: "KLS-L-IND",
      price: "129.99",
      compare_at_price: "159.00",
      availability: "pre_order",
    }),
  ];
}
