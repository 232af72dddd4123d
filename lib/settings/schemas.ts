// The platform settings as an admin reads and types them: percentages (stored as basis
// points), cedis (stored as pesewas), a weekday or "manual". Isomorphic (zod and lib/money
// only): the /admin/settings form parses with the same schema as its server action, and the
// confirmation and the audit log describe a change with the same sentences.
import { z } from "zod";
import { formatMoney, parseMoney } from "@/lib/money";

export type TPlatformSettingsValues = {
  platformFeeBps: number;
  depositBps: number;
  reservationMinutes: number;
  orderExpiryMinutes: number;
  payoutHoldbackHours: number;
  payoutMinimumMinor: number;
  /** ISO weekday (1 = Monday … 7 = Sunday, Accra time) of the scheduled payout run; null = by hand only. */
  payoutWeekday: number | null;
  autoCancelUnderMinimum: boolean;
};
export type TPlatformSettingsKey = keyof TPlatformSettingsValues;

/** In display order (the form's sections, the confirmation, the audit summary). */
export const PLATFORM_SETTINGS_KEYS = [
  "platformFeeBps",
  "depositBps",
  "reservationMinutes",
  "orderExpiryMinutes",
  "autoCancelUnderMinimum",
  "payoutMinimumMinor",
  "payoutWeekday",
  "payoutHoldbackHours",
] as const satisfies readonly TPlatformSettingsKey[];

/**
 * What a business can sensibly run on. The deposit stays a real deposit (10–90 %: the plan
 * exists to split a pre-order's price, computeOrderAmounts takes any value); a stock hold
 * gives a mobile-money approval time to arrive; an unpaid order lives at least as long as its
 * hold; the holdback leaves a customer at least a day to report a problem before the vendor
 * is paid.
 */
export const SETTINGS_BOUNDS = {
  platformFeeBps: { min: 0, max: 5000 },
  depositBps: { min: 1000, max: 9000 },
  reservationMinutes: { min: 10, max: 180 },
  orderExpiryMinutes: { min: 15, max: 1440 },
  payoutHoldbackHours: { min: 24, max: 720 },
  payoutMinimumMinor: { min: 100, max: 1_000_000 },
} as const satisfies Partial<Record<TPlatformSettingsKey, { min: number; max: number }>>;

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export const SETTINGS_LABELS: Record<TPlatformSettingsKey, string> = {
  platformFeeBps: "Platform fee",
  depositBps: "Deposit",
  reservationMinutes: "Stock hold during payment",
  orderExpiryMinutes: "Unpaid order expiry",
  autoCancelUnderMinimum: "Automatic cancel under the group-buy minimum",
  payoutMinimumMinor: "Payout minimum",
  payoutWeekday: "Payout day",
  payoutHoldbackHours: "Payout holdback",
};

/** 1250 → "12.5 %". */
export function formatPercentBps(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const rest = Math.abs(bps % 100);
  const decimals = rest === 0 ? "" : `.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
  return `${whole}${decimals} %`;
}

/** 1250 → "12.5" (the form's input value). */
export function percentInputValue(bps: number): string {
  return formatPercentBps(bps).replace(" %", "");
}

/** "12.5", "12,5 %", "7" → basis points; null when it is not a percentage with at most 2 decimals. */
export function parsePercentToBps(input: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(input.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
}

/** 5000 → "50.00" (the form's input value, in cedis). */
export function cediInputValue(minor: number): string {
  return formatMoney(minor).replace(/^GH₵ /, "").replaceAll(",", "");
}

function formatMinutes(min: number): string {
  if (min < 60 || min % 60 !== 0) return `${min} min`;
  const h = min / 60;
  return h === 1 ? "1 hour" : `${h} hours`;
}

function formatHours(h: number): string {
  return h % 24 === 0 ? `${h} h (${h / 24 === 1 ? "1 day" : `${h / 24} days`})` : `${h} h`;
}

export function formatWeekday(day: number | null): string {
  return day === null ? "manual only" : `every ${WEEKDAYS[day - 1] ?? `day ${day}`}`;
}

/** A setting's value as people read it. */
export function formatSettingValue<K extends TPlatformSettingsKey>(key: K, value: TPlatformSettingsValues[K]): string {
  switch (key) {
    case "platformFeeBps":
    case "depositBps":
      return formatPercentBps(value as number);
    case "reservationMinutes":
    case "orderExpiryMinutes":
      return formatMinutes(value as number);
    case "payoutHoldbackHours":
      return formatHours(value as number);
    case "payoutMinimumMinor":
      return formatMoney(value as number);
    case "payoutWeekday":
      return formatWeekday(value as number | null);
    case "autoCancelUnderMinimum":
      return value ? "on" : "off";
    default:
      return String(value);
  }
}

/** What a new value does, and to what (money already taken never changes). */
export function settingEffect(key: TPlatformSettingsKey, after: TPlatformSettingsValues): string {
  switch (key) {
    case "platformFeeBps":
      return "applies to orders placed from now on; orders already placed keep their fee, and vendors with their own rate keep it";
    case "depositBps":
      return "applies to orders placed from now on; orders already placed keep their deposit and balance";
    case "reservationMinutes":
      return "applies to payment attempts started from now on";
    case "orderExpiryMinutes":
      return "applies to orders placed from now on";
    case "autoCancelUnderMinimum":
      return after.autoCancelUnderMinimum
        ? "from the next cut-off, a batch that closes under its minimum is cancelled and every paid customer refunded at once, without an admin's decision"
        : "batches that close under their minimum wait for an admin to ship anyway or cancel";
    case "payoutMinimumMinor":
      return "applies from the next payout run; smaller balances wait until they reach it";
    case "payoutWeekday":
      return after.payoutWeekday === null
        ? "no payout runs on its own any more: a finance admin starts each run"
        : `the next scheduled run is on a ${WEEKDAYS[after.payoutWeekday - 1]} (Accra time)`;
    case "payoutHoldbackHours":
      return "applies at the next release to every delivered line not yet released, including those delivered already";
    default:
      return "";
  }
}

export type TSettingChange = {
  key: TPlatformSettingsKey;
  label: string;
  from: string;
  to: string;
  effect: string;
  /** "Platform fee 10 % → 12 %: applies to orders placed from now on…" */
  sentence: string;
};

/** The settings that differ between before and after, in display order, described. */
export function describeSettingsChanges(
  before: TPlatformSettingsValues,
  after: TPlatformSettingsValues,
): TSettingChange[] {
  return PLATFORM_SETTINGS_KEYS.filter((k) => before[k] !== after[k]).map((key) => {
    const label = SETTINGS_LABELS[key];
    const from = formatSettingValue(key, before[key]);
    const to = formatSettingValue(key, after[key]);
    const effect = settingEffect(key, after);
    return { key, label, from, to, effect, sentence: `${label} ${from} → ${to}: ${effect}.` };
  });
}

// ---- the form ----

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

function percentField(label: string, { min, max }: { min: number; max: number }) {
  const range = `${label} must be between ${formatPercentBps(min)} and ${formatPercentBps(max)}.`;
  return text.transform((s, ctx) => {
    const bps = s === "" ? null : parsePercentToBps(s);
    if (bps === null) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()} as a percentage, like 12.5.` });
      return z.NEVER;
    }
    if (bps < min || bps > max) {
      ctx.addIssue({ code: "custom", message: range });
      return z.NEVER;
    }
    return bps;
  });
}

function wholeField(label: string, unit: string, { min, max }: { min: number; max: number }) {
  return text.transform((s, ctx) => {
    if (!/^\d{1,6}$/.test(s)) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()} as a whole number of ${unit}.` });
      return z.NEVER;
    }
    const n = Number(s);
    if (n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `${label} must be between ${min} and ${max} ${unit}.` });
      return z.NEVER;
    }
    return n;
  });
}

function cediField(label: string, { min, max }: { min: number; max: number }) {
  return text.transform((s, ctx) => {
    const minor = s === "" ? null : parseMoney(s);
    if (minor === null) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()} in cedis, like 50 or 50.00.` });
      return z.NEVER;
    }
    if (minor < min || minor > max) {
      ctx.addIssue({
        code: "custom",
        message: `${label} must be between ${formatMoney(min)} and ${formatMoney(max)}.`,
      });
      return z.NEVER;
    }
    return minor;
  });
}

const ZWeekday = z.union([z.string(), z.number(), z.null()]).transform((v, ctx) => {
  if (v === null || v === "manual") return null;
  const n = Number(v);
  if (Number.isInteger(n) && n >= 1 && n <= 7) return n;
  ctx.addIssue({ code: "custom", message: "Choose a weekday, or manual only." });
  return z.NEVER;
});

/** The form's fields (what the admin typed) → the stored values; field errors carry the form's names. */
export const ZPlatformSettingsForm = z
  .object({
    platformFeePercent: percentField("Platform fee", SETTINGS_BOUNDS.platformFeeBps),
    depositPercent: percentField("Deposit", SETTINGS_BOUNDS.depositBps),
    reservationMinutes: wholeField("Stock hold", "minutes", SETTINGS_BOUNDS.reservationMinutes),
    orderExpiryMinutes: wholeField("Order expiry", "minutes", SETTINGS_BOUNDS.orderExpiryMinutes),
    autoCancelUnderMinimum: z.boolean({ error: "Choose whether the cancel is automatic." }),
    payoutMinimum: cediField("Payout minimum", SETTINGS_BOUNDS.payoutMinimumMinor),
    payoutWeekday: ZWeekday,
    payoutHoldbackHours: wholeField("Holdback", "hours", SETTINGS_BOUNDS.payoutHoldbackHours),
    /** The settings' updatedAt when the form was opened: a save over someone else's change is refused. */
    expectedUpdatedAt: z.iso.datetime({ error: "Reload the page and try again." }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.orderExpiryMinutes < v.reservationMinutes)
      ctx.addIssue({
        code: "custom",
        path: ["orderExpiryMinutes"],
        message: "An unpaid order must stay open at least as long as its stock is held.",
      });
  })
  .transform((v): TPlatformSettingsValues & { expectedUpdatedAt?: string | undefined } => ({
    platformFeeBps: v.platformFeePercent,
    depositBps: v.depositPercent,
    reservationMinutes: v.reservationMinutes,
    orderExpiryMinutes: v.orderExpiryMinutes,
    autoCancelUnderMinimum: v.autoCancelUnderMinimum,
    payoutMinimumMinor: v.payoutMinimum,
    payoutWeekday: v.payoutWeekday,
    payoutHoldbackHours: v.payoutHoldbackHours,
    expectedUpdatedAt: v.expectedUpdatedAt,
  }));
export type TPlatformSettingsFormInput = z.input<typeof ZPlatformSettingsForm>;

/** The form's initial field values for stored settings. */
export function settingsFormValues(s: TPlatformSettingsValues) {
  return {
    platformFeePercent: percentInputValue(s.platformFeeBps),
    depositPercent: percentInputValue(s.depositBps),
    reservationMinutes: String(s.reservationMinutes),
    orderExpiryMinutes: String(s.orderExpiryMinutes),
    autoCancelUnderMinimum: s.autoCancelUnderMinimum,
    payoutMinimum: cediInputValue(s.payoutMinimumMinor),
    payoutWeekday: s.payoutWeekday === null ? "manual" : String(s.payoutWeekday),
    payoutHoldbackHours: String(s.payoutHoldbackHours),
  };
}
