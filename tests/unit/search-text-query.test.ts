import { describe, expect, it } from "vitest";
import { hasSearchableText, positiveText, splitForPrefix, typoText, typoWords } from "@/lib/search/text-query";

describe("search text", () => {
  it("searches the last word being typed as a prefix too", () => {
    expect(splitForPrefix("red nike runn")).toEqual({ head: "red nike", last: "runn" });
    expect(splitForPrefix("Adid")).toEqual({ head: "", last: "adid" });
    expect(splitForPrefix("crème brû")).toEqual({ head: "crème", last: "brû" });
  });

  it("does not prefix a finished word, a negation, a phrase or 'or'", () => {
    expect(splitForPrefix("shoes ")).toBeNull();
    expect(splitForPrefix("shoes -leather")).toBeNull();
    expect(splitForPrefix('"court classic')).toBeNull();
    expect(splitForPrefix('"court classic"')).toBeNull();
    expect(splitForPrefix("nike or")).toBeNull();
    expect(splitForPrefix("nike or adid")).toBeNull();
    expect(splitForPrefix("🙂")).toBeNull();
  });

  it("ranks against the wanted terms only", () => {
    expect(positiveText("sneakers -leather")).toBe("sneakers");
    expect(positiveText('-"high top" sneakers -red')).toBe("sneakers");
    expect(positiveText("t-shirt")).toBe("t-shirt");
    expect(positiveText("-only")).toBe("");
  });

  it("compares letters and digits only for typos", () => {
    expect(typoText("  Adidsa!!  Sambá ")).toBe("adidsa sambá");
    expect(typoText("'; DROP TABLE --")).toBe("drop table");
    expect(typoWords("trial runnign a to TRIAL x1 ab")).toEqual(["trial", "runnign"]);
    expect(typoWords("🙂 ab")).toEqual([]);
    expect(hasSearchableText("🙂 %_")).toBe(false);
    expect(hasSearchableText("a")).toBe(true);
  });
});
