import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AUTH_LIMITS, authLimitKeys } from "./auth-limits";
import { assertRateLimit } from "./rate-limit";
import { registerUser } from "./register-user";
import { type TSignUpInput, ZSignUpInput } from "./schemas";

/** Public sign-up: rate limited per IP and per email, then a CUSTOMER account. */
export async function signUp(
  input: { data: unknown; ip: string },
  db: Db = prisma,
): Promise<{ id: string; email: string }> {
  await assertRateLimit({ opts: { key: authLimitKeys.signUpIp(input.ip), ...AUTH_LIMITS.signUpPerIp } }, db);
  const data: TSignUpInput = ZSignUpInput.parse(input.data);
  await assertRateLimit(
    { opts: { key: authLimitKeys.signUpAccount(data.email), ...AUTH_LIMITS.signUpPerAccount } },
    db,
  );
  // Roles are never taken from public input.
  return registerUser(
    {
      name: data.name,
      email: data.email,
      password: data.password,
      ...(data.phone ? { phone: data.phone } : {}),
    },
    db,
  );
}
