import "server-only";
import { type Db, prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { AUTH_LIMITS, authLimitKeys } from "./auth-limits";
import { hashPassword } from "./password";
import { assertRateLimit } from "./rate-limit";
import { registerUser } from "./register-user";
import { type TSignUpInput, ZSignUpInput } from "./schemas";

export const ACCOUNT_EXISTS_TEMPLATE = "account.already_exists";

/**
 * Public sign-up: rate limited per IP and per email, then a CUSTOMER account. It answers the
 * same whether or not the email or phone already has an account (no enumeration): an email
 * already registered gets no second account, and its owner an email through the outbox ("you
 * already have an account: sign in or reset your password"); a phone number already on
 * another account is left off the new one and its owner gets the same message by SMS. The
 * password is hashed either way, so the answer takes as long.
 */
export async function signUp(input: { data: unknown; ip: string }, db: Db = prisma): Promise<{ email: string }> {
  await assertRateLimit({ opts: { key: authLimitKeys.signUpIp(input.ip), ...AUTH_LIMITS.signUpPerIp } }, db);
  const data: TSignUpInput = ZSignUpInput.parse(input.data);
  await assertRateLimit(
    { opts: { key: authLimitKeys.signUpAccount(data.email), ...AUTH_LIMITS.signUpPerAccount } },
    db,
  );
  const phone = data.phone?.replace(/\s+/g, "");
  const [byEmail, byPhone] = await Promise.all([
    db.user.findUnique({ where: { email: data.email }, select: { id: true, email: true } }),
    phone ? db.user.findUnique({ where: { phone }, select: { id: true, phone: true } }) : null,
  ]);
  if (byEmail) {
    await hashPassword(data.password); // the same work as a real sign-up
    await tellOwner(db, { userId: byEmail.id, channel: "EMAIL", recipient: byEmail.email });
    return { email: data.email };
  }
  if (byPhone?.phone) await tellOwner(db, { userId: byPhone.id, channel: "SMS", recipient: byPhone.phone });
  try {
    // Roles are never taken from public input.
    await registerUser(
      { name: data.name, email: data.email, password: data.password, ...(phone && !byPhone ? { phone } : {}) },
      db,
    );
  } catch (e) {
    // A concurrent sign-up with the same email or phone won the race: the same answer.
    if (!(isAppError(e) && e.code === "CONFLICT")) throw e;
  }
  return { email: data.email };
}

/** "You already have an account" through the outbox, at most once an hour per account and channel. */
async function tellOwner(
  db: Db,
  { userId, channel, recipient }: { userId: string; channel: "EMAIL" | "SMS"; recipient: string },
): Promise<void> {
  const hour = new Date().toISOString().slice(0, 13);
  await enqueueNotification(
    {
      userId,
      channel,
      topic: "ACCOUNT",
      templateKey: ACCOUNT_EXISTS_TEMPLATE,
      recipient,
      data: { via: channel === "EMAIL" ? "email" : "phone" },
      dedupeKey: `${ACCOUNT_EXISTS_TEMPLATE}:${userId}:${channel}:${hour}`,
    },
    db,
  );
}
