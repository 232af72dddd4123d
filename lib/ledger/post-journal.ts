import "server-only";
import { type Db, prisma } from "@/lib/db";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { JournalKind } from "@/lib/generated/prisma/enums";
import { isKnownAccount } from "@/lib/ledger/accounts";

export const ZJournalLine = z.object({
  account: z.string().min(1).refine(isKnownAccount, "unknown ledger account"),
  amountMinor: z
    .number()
    .int()
    .refine((n) => n !== 0, "a ledger line is never zero"),
});

export const ZPostJournalInput = z.object({
  kind: z.enum(JournalKind),
  idempotencyKey: z.string().min(1).max(200),
  description: z.string().min(1).max(500),
  lines: z.array(ZJournalLine).min(2),
  orderId: z.string().optional(),
  paymentId: z.string().optional(),
  refundId: z.string().optional(),
  payoutId: z.string().optional(),
  createdById: z.string().optional(),
});
export type TPostJournalInput = z.input<typeof ZPostJournalInput>;

const journalInclude = { lines: { orderBy: { amountMinor: "desc" } } } as const;

/**
 * Posts one balanced journal (debits > 0, credits < 0). Balanced by construction: lines
 * that do not sum to zero throw before anything is written (the database re-checks at
 * commit). Idempotent: one journal per effect, keyed by `idempotencyKey`; posting the same
 * effect again returns the existing journal — even when two transactions race, because
 * the insert is `ON CONFLICT DO NOTHING` (the loser waits for the winner, then reads it).
 * Reusing a key for different lines is a bug and throws CONFLICT.
 */
export async function postJournal(input: TPostJournalInput, db: Db = prisma) {
  const parsed = ZPostJournalInput.safeParse(input);
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", `Invalid journal: ${parsed.error.issues[0]?.message ?? "bad input"}`);
  const j = parsed.data;
  const sum = j.lines.reduce((a, l) => a + l.amountMinor, 0);
  if (sum !== 0) throw new AppError("BAD_REQUEST", `Journal "${j.idempotencyKey}" does not balance (sum ${sum})`);

  // One round trip: the journal and its lines in one statement. On a key conflict the CTE
  // inserts nothing, so no line is written either and we read the existing journal instead.
  const id = randomUUID();
  const accounts = j.lines.map((l) => l.account);
  const amounts = j.lines.map((l) => l.amountMinor);
  const inserted = await db.$queryRaw<{ id: string; account: string; amountMinor: number; createdAt: Date }[]>`
    WITH j AS (
      INSERT INTO "LedgerJournal" ("id", "kind", "idempotencyKey", "description", "orderId", "paymentId", "refundId", "payoutId", "createdById", "createdAt")
      VALUES (${id}, ${j.kind}::"JournalKind", ${j.idempotencyKey}, ${j.description}, ${j.orderId ?? null}, ${j.paymentId ?? null},
              ${j.refundId ?? null}, ${j.payoutId ?? null}, ${j.createdById ?? null}, now())
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING "id", "createdAt"
    )
    INSERT INTO "LedgerLine" ("id", "journalId", "account", "amountMinor", "currency", "createdAt")
    SELECT gen_random_uuid()::text, j."id", l.account, l.amount, 'GHS'::"Currency", j."createdAt"
    FROM j CROSS JOIN unnest(${accounts}::text[], ${amounts}::int[]) AS l(account, amount)
    RETURNING "id", "account", "amountMinor", "createdAt"`;

  if (inserted.length === 0) {
    const existing = await db.ledgerJournal.findUniqueOrThrow({
      where: { idempotencyKey: j.idempotencyKey },
      include: journalInclude,
    });
    if (!sameLines(existing.lines, j.lines)) {
      throw new AppError("CONFLICT", `Journal key "${j.idempotencyKey}" was already used for different lines`);
    }
    return { journal: existing, created: false as const };
  }

  const createdAt = inserted[0]!.createdAt;
  const journal = {
    id,
    kind: j.kind,
    idempotencyKey: j.idempotencyKey,
    description: j.description,
    orderId: j.orderId ?? null,
    paymentId: j.paymentId ?? null,
    refundId: j.refundId ?? null,
    payoutId: j.payoutId ?? null,
    createdById: j.createdById ?? null,
    createdAt,
    lines: inserted
      .map((l) => ({
        id: l.id,
        journalId: id,
        account: l.account,
        amountMinor: Number(l.amountMinor),
        currency: "GHS" as const,
        createdAt: l.createdAt,
      }))
      .sort((a, b) => b.amountMinor - a.amountMinor),
  };
  return { journal, created: true as const };
}

function sameLines(
  a: readonly { account: string; amountMinor: number }[],
  b: readonly { account: string; amountMinor: number }[],
): boolean {
  const key = (l: { account: string; amountMinor: number }) => `${l.account}:${l.amountMinor}`;
  const x = a.map(key).sort();
  const y = b.map(key).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
