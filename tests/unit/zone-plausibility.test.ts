import { describe, expect, it } from "vitest";
import type { TDeliveryZone } from "@/lib/addresses/types";
import { zonePlausibilityWarning } from "@/lib/addresses/schemas";

const zone = (id: string, name: string, region: string): TDeliveryZone => ({
  id,
  name,
  region,
  feeMinor: 2500,
  etaDays: 1,
});
const ZONES = [
  zone("accra", "Accra Central", "Greater Accra"),
  zone("osu", "Osu, Labone & Cantonments", "Greater Accra"),
  zone("legon", "East Legon & Airport", "Greater Accra"),
  zone("tema", "Tema & Community 25", "Greater Accra"),
  zone("kumasi", "Kumasi", "Ashanti"),
];

describe("zonePlausibilityWarning", () => {
  it("accepts a zone named after the area or the town", () => {
    const place = { area: "East Legon", city: "Accra", region: "Greater Accra" };
    expect(zonePlausibilityWarning(place, "legon", ZONES)).toBeNull();
    expect(zonePlausibilityWarning({ area: "Adum", city: "Kumasi", region: "Ashanti" }, "kumasi", ZONES)).toBeNull();
  });

  it("says nothing when the area and town name no zone", () => {
    expect(zonePlausibilityWarning({ area: "Dzorwulu", city: "Accra", region: "Greater Accra" }, "osu", ZONES)).toBe(
      null,
    );
    expect(zonePlausibilityWarning({ area: "Bantama", city: "Obuasi", region: "Ashanti" }, "kumasi", ZONES)).toBeNull();
    expect(zonePlausibilityWarning({ area: "Osu", city: "Accra", region: "Greater Accra" }, "", ZONES)).toBeNull();
  });

  it("warns when the zone is in another region", () => {
    expect(zonePlausibilityWarning({ area: "Osu", city: "Accra", region: "Greater Accra" }, "kumasi", ZONES)).toMatch(
      /Kumasi is a Ashanti zone, but this address is in Greater Accra/,
    );
  });

  it("warns when the area or town names another zone, the area first", () => {
    expect(
      zonePlausibilityWarning({ area: "Community 1", city: "Tema", region: "Greater Accra" }, "accra", ZONES),
    ).toMatch(/town “Tema” sounds like the Tema & Community 25 zone, not Accra Central/);
    expect(zonePlausibilityWarning({ area: "Labone", city: "Accra", region: "Greater Accra" }, "accra", ZONES)).toMatch(
      /area “Labone” sounds like the Osu, Labone & Cantonments zone/,
    );
  });
});
