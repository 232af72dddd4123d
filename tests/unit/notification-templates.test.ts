import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countSegments as smsCost } from "@/lib/integrations/twilio/emulator/rules";
import { renderNotification, SAMPLE_DATA, TEMPLATES } from "@/lib/notifications/templates";

/** Every string literal in a `templateKey: …` expression anywhere under lib/ (the keys the domain enqueues). */
function templateKeysUsedInLib(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "templates") walk(full);
      } else if (/\.tsx?$/.test(entry.name)) {
        const src = fs.readFileSync(full, "utf8");
        for (const m of src.matchAll(/templateKey:([^,\n}]*)/g))
          for (const lit of m[1]!.matchAll(/"([a-z]+\.[a-z_]+)"/g)) keys.add(lit[1]!);
        for (const m of src.matchAll(/_TEMPLATE = "([a-z]+\.[a-z_]+)"/g)) keys.add(m[1]!);
      }
    }
  };
  walk(path.resolve(__dirname, "../../lib"));
  return keys;
}

describe("notification templates", () => {
  it("has a template for every key the domain enqueues, and sample data for every template", () => {
    const used = templateKeysUsedInLib();
    // The scan must find the keys it is meant to find (a broken regex would pass everything).
    expect(used).toContain("vendor.payout_paid");
    expect(used).toContain("delivery.out_for_delivery");
    expect(used).toContain("account.already_exists");
    expect([...used].filter((k) => !(k in TEMPLATES))).toEqual([]);
    expect(Object.keys(TEMPLATES).filter((k) => !(k in SAMPLE_DATA))).toEqual([]);
    expect(Object.keys(SAMPLE_DATA).filter((k) => !(k in TEMPLATES))).toEqual([]);
  });

  it("counts SMS segments the way Twilio bills them (the emulator's counter, used below)", () => {
    expect(smsCost("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(smsCost("a".repeat(161)).segments).toBe(2);
    expect(smsCost("[]").units).toBe(4);
    expect(smsCost("GH₵ 10")).toEqual({ encoding: "UCS-2", units: 6, segments: 1 });
    expect(smsCost("₵".repeat(71)).segments).toBe(2);
  });

  describe.each(Object.keys(TEMPLATES))("%s", (key) => {
    const data = SAMPLE_DATA[key]!;

    it("fills every blank in its SMS, subject and paragraphs", () => {
      const t = TEMPLATES[key]!;
      const texts = [t.sms(data), t.subject(data), ...t.paragraphs(data)];
      for (const text of texts) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(/undefined|null|NaN|\[object /);
      }
      expect(t.subject(data).length).toBeLessThanOrEqual(100);
    });

    it("keeps its SMS to one GSM-7 segment, or two UCS-2 parts when an amount needs ₵", () => {
      const sms = TEMPLATES[key]!.sms(data);
      expect(sms.startsWith("Londom: ")).toBe(true);
      const cost = smsCost(sms);
      if (cost.encoding === "GSM-7") expect(cost.segments, sms).toBe(1);
      else expect(cost.segments, sms).toBeLessThanOrEqual(2);
    });

    it("renders an email with its subject, paragraphs and button", async () => {
      const r = await renderNotification(key, data, "https://shop.example");
      expect(r.html).toContain("<html");
      expect(r.text.startsWith(r.subject)).toBe(true);
      const cta = TEMPLATES[key]!.cta?.(data, "https://shop.example");
      if (cta) {
        expect(r.text).toContain(cta.href);
        expect(cta.href).toMatch(/^https?:\/\//);
      }
    });
  });
});
