// Pure storefront helpers: dates in Africa/Accra, countdowns, cache tags, variant options.
import { describe, expect, it } from "vitest";
import { countdownParts, formatCountdown } from "@/lib/countdown";
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { APP_TIME_ZONE, formatArrivalWindow, formatDate, formatDateTime } from "@/lib/dates";
import { tagsForChanges } from "@/lib/catalog/cache/catalog-cache";
import { toVariantOption, type TVariantOption } from "@/lib/catalog/variant-availability";
import { comboState, initialVariant, optionValues, selectValue } from "@/components/shop/product/variant-options";

describe("dates", () => {
  const now = "2026-11-20T10:00:00Z";
  it("formats arrival windows compactly", () => {
    expect(formatArrivalWindow("2026-12-12T00:00:00Z", "2026-12-19T00:00:00Z", now)).toBe("12–19 Dec");
    expect(formatArrivalWindow("2026-12-28T00:00:00Z", "2027-01-04T00:00:00Z", now)).toBe("28 Dec 2026 – 4 Jan 2027");
    expect(formatArrivalWindow("2026-11-28T00:00:00Z", "2026-12-04T00:00:00Z", now)).toBe("28 Nov – 4 Dec");
  });
  it("formats in Africa/Accra", () => {
    expect(formatDate("2026-12-31T23:30:00Z")).toBe("31 Dec 2026");
  });
  it("reads Accra's wall clock exactly as the IANA zone does, every hour of 2020–2030", () => {
    // lib/dates reads the UTC fields because Accra has no offset; the zone database is the judge.
    const inZone = tz(APP_TIME_ZONE);
    const mismatches: string[] = [];
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2031, 0, 1); t += 3_600_000 * 7) {
      const expected = format(t, "d MMM yyyy, HH:mm", { in: inZone });
      if (formatDateTime(t) !== expected) mismatches.push(new Date(t).toISOString());
    }
    expect(mismatches).toEqual([]);
  });
  it("counts down to a cut-off and stops at zero", () => {
    const p = countdownParts("2026-11-23T14:30:00Z", now);
    expect([p.days, p.hours, p.minutes]).toEqual([3, 4, 30]);
    expect(formatCountdown(p)).toBe("3d 4h");
    expect(formatCountdown(countdownParts("2026-11-20T10:12:05Z", now))).toBe("12m 5s");
    expect(countdownParts("2026-11-19T00:00:00Z", now).isPast).toBe(true);
  });
});

describe("catalog cache tags", () => {
  it("maps changes to the tags they expire", () => {
    expect(tagsForChanges(["batch"])).toEqual(["catalog:batches"]);
    expect(tagsForChanges([{ type: "product", productId: "p1" }])).toEqual([
      "catalog:products",
      "catalog:stock",
      "catalog:product:p1",
    ]);
    expect(tagsForChanges([{ type: "stock", variantId: "v" }])).toEqual(["catalog:stock"]);
  });
});

function variant(id: string, options: Record<string, string>, stock: number): TVariantOption {
  return toVariantOption(
    {
      id,
      sku: id,
      title: id,
      options,
      priceMinor: 100,
      compareAtMinor: null,
      currency: "GHS",
      availability: "IN_STOCK",
      stockOnHand: stock,
      reserved: 0,
      batchCap: null,
      lowStockAt: 3,
    },
    { hasOpenBatch: false, allocatedInBatch: 0 },
  );
}

describe("variant options", () => {
  const names = ["Size", "Colour"];
  const variants = [
    variant("s-black", { Size: "S", Colour: "Black" }, 5),
    variant("m-black", { Size: "M", Colour: "Black" }, 0),
    variant("m-white", { Size: "M", Colour: "White" }, 9),
  ];
  it("lists values in order and rates each combination", () => {
    expect(optionValues(variants, "Size")).toEqual(["S", "M"]);
    const sel = { Size: "S", Colour: "Black" };
    expect(comboState(variants, names, sel, "Size", "M")).toBe("unavailable"); // M/Black sold out
    expect(comboState(variants, names, { Size: "S", Colour: "White" }, "Size", "S")).toBe("missing");
    expect(comboState(variants, names, sel, "Colour", "Black")).toBe("available");
  });
  it("moves to the nearest existing, purchasable combination", () => {
    expect(selectValue(variants, names, { Size: "S", Colour: "Black" }, "Colour", "White")).toEqual({
      Size: "M",
      Colour: "White",
    });
    expect(initialVariant(variants)?.id).toBe("s-black");
    expect(initialVariant(variants, "m-white")?.id).toBe("m-white");
  });
});
