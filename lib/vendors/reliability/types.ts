// The stored shape of Vendor.reliabilityComponents and its parser (isomorphic: no server imports,
// safe for any component). domain.md "Vendor reliability score": from the vendor's last 90 days,
// the share of confirmed lines procured before their batch ships, the share not cancelled or
// unavailable, the refund and return rate and the average review; each shown with its reasons.
import { z } from "zod";

/** Bump when the stored shape changes: older rows then parse to null ("recomputing"). */
export const RELIABILITY_COMPONENTS_VERSION = 1;
export const RELIABILITY_WINDOW_DAYS = 90;

export const RELIABILITY_COMPONENT_KEYS = ["procuredOnTime", "fulfilled", "refundsReturns", "reviews"] as const;
export type TReliabilityComponentKey = (typeof RELIABILITY_COMPONENT_KEYS)[number];

const componentSchema = z.object({
  key: z.enum(RELIABILITY_COMPONENT_KEYS),
  /** "Procured before the batch shipped", shown as the component's title. */
  label: z.string().min(1),
  /** Share of the overall score in percent (the weights of all components sum to 100). */
  weight: z.number().int().min(0).max(100),
  /** 0–100, or null when the window has fewer facts than the component's minimum sample. */
  score: z.number().int().min(0).max(100).nullable(),
  /** How many facts (lines, reviews) the score is based on. */
  sampleSize: z.number().int().min(0),
  /** The minimum sample below which score is null. */
  minSample: z.number().int().min(0),
  /** Plain sentences behind the score: "3 lines marked unavailable in the last 90 days". */
  reasons: z.array(z.string()),
});

const componentsSchema = z.object({
  version: z.literal(RELIABILITY_COMPONENTS_VERSION),
  windowDays: z.number().int().positive(),
  /** ISO instant the facts were gathered at (the window ends here). */
  computedAt: z.iso.datetime({ offset: true }),
  components: z.array(componentSchema).min(1),
});

export type TReliabilityComponent = z.infer<typeof componentSchema>;
export type TReliabilityComponents = z.infer<typeof componentsSchema>;

/** The stored JSON as the breakdown renders it, or null for missing, malformed or older-version data. */
export function parseReliabilityComponents(json: unknown): TReliabilityComponents | null {
  const parsed = componentsSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export type TReliabilityBand = "good" | "fair" | "poor";

/** Colour band of a score: 85+ good, 70–84 fair, below 70 poor. */
export function reliabilityBand(score: number): TReliabilityBand {
  if (score >= 85) return "good";
  if (score >= 70) return "fair";
  return "poor";
}

export const RELIABILITY_BAND_LABELS: Record<TReliabilityBand, string> = {
  good: "Reliable",
  fair: "Fair",
  poor: "Needs attention",
};
