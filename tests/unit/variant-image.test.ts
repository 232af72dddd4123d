import { describe, expect, it } from "vitest";
import { imageForVariant, variantImageIndex } from "@/lib/catalog/client/variant-image";

const photos = [
  { url: "/w.webp", alt: "Court Sneakers — White" },
  { url: "/b.webp", alt: "Court Sneakers — Black" },
  { url: "/side.webp", alt: "Court Sneakers, side view" },
];

describe("imageForVariant", () => {
  it("picks the photo whose alt ends with one of the variant's option values", () => {
    expect(imageForVariant(photos, { Size: "UK 9", Colour: "Black" })?.url).toBe("/b.webp");
    expect(imageForVariant(photos, { Colour: "white" })?.url).toBe("/w.webp"); // any case
  });

  it("falls back to the first photo, and to none without photos", () => {
    expect(imageForVariant(photos, { Colour: "Navy" })?.url).toBe("/w.webp");
    expect(imageForVariant(photos, {})?.url).toBe("/w.webp");
    expect(imageForVariant([], { Colour: "Black" })).toBeNull();
  });

  it("matches whole words only", () => {
    // "Sneakers" ends with "s" but not with the size "S"; "view" is not "ew"
    expect(variantImageIndex(photos, { Size: "S" })).toBe(-1);
    expect(variantImageIndex(photos, { Finish: "ew" })).toBe(-1);
    // a White variant is not shown the Off-White photo, an Off-White one is
    const tote = [{ alt: "Tote — Off-White" }, { alt: "Tote — White" }];
    expect(variantImageIndex(tote, { Colour: "White" })).toBe(1);
    expect(variantImageIndex(tote, { Colour: "Off-White" })).toBe(0);
  });
});
