import "server-only";
import { z } from "zod";
import { type Db, inTransaction, Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { formatDateTime } from "@/lib/dates";
import {
  describeSettingsChanges,
  formatPercentBps,
  PLATFORM_SETTINGS_KEYS,
  SETTINGS_BOUNDS,
  type TPlatformSettingsKey,
  type TPlatformSettingsValues,
  type TSettingChange,
} from "./schemas";
import { PLATFORM_SETTINGS_DEFAULTS } from "./get-platform-settings";

// The one way the platform's rules change (/admin/settings). Stored units (basis points,
// minutes, hours, pesewas); any subset of the fields; the row is locked, so two admins saving
// at once run one after the other and each sees the other's values as "before".

const bounded = (label: string, { min, max }: { min: number; max: number }, show: (n: number) => string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${show(min)}.`)
    .max(max, `${label} must be at most ${show(max)}.`);

const B = SETTINGS_BOUNDS;
export const ZPlatformSettingsPatch = z
  .object({
    platformFeeBps: bounded("The platform fee", B.platformFeeBps, formatPercentBps),
    depositBps: bounded("The deposit", B.depositBps, formatPercentBps),
    reservationMinutes: bounded("The stock hold", B.reservationMinutes, (n) => `${n} minutes`),
    orderExpiryMinutes: bounded("The order expiry", B.orderExpiryMinutes, (n) => `${n} minutes`),
    payoutHoldbackHours: bounded("The holdback", B.payoutHoldbackHours, (n) => `${n} hours`),
    payoutMinimumMinor: bounded("The payout minimum", B.payoutMinimumMinor, formatMoney),
    payoutWeekday: z
      .number()
      .int()
      .min(1, "The payout day must be a weekday (1 = Monday … 7 = Sunday) or manual.")
      .max(7, "The payout day must be a weekday (1 = Monday … 7 = Sunday) or manual.")
      .nullable(),
    autoCancelUnderMinimum: z.boolean(),
  })
  .partial();
export type TPlatformSettingsPatch = z.input<typeof ZPlatformSettingsPatch>;

export type TUpdatePlatformSettingsInput = TPlatformSettingsPatch & {
  actorId: string;
  /** The updatedAt the admin saw; when the row has changed since, the save is refused. */
  expectedUpdatedAt?: string | Date | undefined;
};

export type TUpdatePlatformSettingsResult = {
  /** Only the fields that changed, before and after (stored units): what the audit keeps. */
  before: Partial<TPlatformSettingsValues>;
  after: Partial<TPlatformSettingsValues>;
  changes: TSettingChange[];
  settings: TPlatformSettingsValues & { updatedAt: Date; updatedById: string | null };
};

const SELECT = {
  platformFeeBps: true,
  depositBps: true,
  reservationMinutes: true,
  orderExpiryMinutes: true,
  payoutHoldbackHours: true,
  payoutMinimumMinor: true,
  payoutWeekday: true,
  autoCancelUnderMinimum: true,
  updatedAt: true,
  updatedById: true,
} as const;

export async function updatePlatformSettings(
  input: TUpdatePlatformSettingsInput,
  db: Db = prisma,
): Promise<TUpdatePlatformSettingsResult> {
  const { actorId, expectedUpdatedAt, ...raw } = input;
  const patch = ZPlatformSettingsPatch.parse(raw);
  return inTransaction(db, async (tx) => {
    await tx.$queryRaw(Prisma.sql`SELECT "id" FROM "PlatformSettings" WHERE "id" = 'platform' FOR UPDATE`);
    const row = await tx.platformSettings.findUnique({ where: { id: "platform" }, select: SELECT });
    if (row && expectedUpdatedAt !== undefined && row.updatedAt.getTime() !== new Date(expectedUpdatedAt).getTime())
      throw new AppError(
        "CONFLICT",
        `The settings were changed by someone else at ${formatDateTime(row.updatedAt)} while you were editing. Reload the page to see their values, then make your change again.`,
      );
    const current = pickValues(row ?? PLATFORM_SETTINGS_DEFAULTS);
    const next: TPlatformSettingsValues = { ...current };
    for (const k of PLATFORM_SETTINGS_KEYS) if (patch[k] !== undefined) setKey(next, k, patch[k]);
    if (next.orderExpiryMinutes < next.reservationMinutes)
      throw new AppError(
        "BAD_REQUEST",
        `An unpaid order must stay open at least as long as its stock is held (${next.reservationMinutes} minutes).`,
      );

    const changed = PLATFORM_SETTINGS_KEYS.filter((k) => current[k] !== next[k]);
    if (changed.length === 0) throw new AppError("BAD_REQUEST", "Nothing to save: these values are already in force.");
    const data = Object.fromEntries(changed.map((k) => [k, next[k]])) as Partial<TPlatformSettingsValues>;
    const saved = await tx.platformSettings.upsert({
      where: { id: "platform" },
      create: { id: "platform", ...next, updatedById: actorId },
      update: { ...data, updatedById: actorId },
      select: SELECT,
    });
    return {
      before: Object.fromEntries(changed.map((k) => [k, current[k]])) as Partial<TPlatformSettingsValues>,
      after: data,
      changes: describeSettingsChanges(current, next),
      settings: saved,
    };
  });
}

function pickValues(s: TPlatformSettingsValues): TPlatformSettingsValues {
  return Object.fromEntries(PLATFORM_SETTINGS_KEYS.map((k) => [k, s[k]])) as TPlatformSettingsValues;
}

function setKey<K extends TPlatformSettingsKey>(o: TPlatformSettingsValues, k: K, v: TPlatformSettingsPatch[K]) {
  o[k] = v as TPlatformSettingsValues[K];
}
