import { describe, expect, it } from "vitest";
import { accraLocalToIso, isoToAccraLocal } from "@/lib/dates";

describe("datetime-local values in Accra time", () => {
  it("reads an entered Accra time as the instant it names, and back", () => {
    expect(accraLocalToIso("2026-12-11T18:00")).toBe("2026-12-11T18:00:00.000Z");
    expect(isoToAccraLocal("2026-12-11T18:00:00.000Z")).toBe("2026-12-11T18:00");
    expect(isoToAccraLocal(accraLocalToIso("2027-01-04T09:30"))).toBe("2027-01-04T09:30");
  });

  it("keeps an empty field empty", () => {
    expect(accraLocalToIso("")).toBe("");
  });
});
