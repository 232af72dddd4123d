import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AUTH_LIMITS, authLimitKeys } from "./auth-limits";
import { assertRateLimit } from "./rate-limit";
import { registerUser } from "./register-user";
import { type TSignUpInput, ZSignUpInput } from "./schemas";

/** Public sign-up: rate limited per IP and per email, then a CUSTOMER account. */
export async function signUp(db: Db, input: { data: unknown; ip: string }): Promise<{ id: string; email: string }> {
  await assertRateLimit(db, { key: authLimitKeys.signUpIp(input.ip), ...AUTH_LIMITS.signUpPerIp });
  const data: TSignUpInput = ZSignUpInput.parse(input.data);
  await assertRateLimit(db, { key: authLimitKeys.signUpAccount(data.email), ...AUTH_LIMITS.signUpPerAccount });
  // Roles are never taken from public input.
  return registerUser(db, {
    name: data.name,
    email: data.email,
    password: data.password,
    ...(data.phone ? { phone: data.phone } : {}),
  });
}

/** Entry point for the route handler (app/ never touches the database client). */
export function signUpWithDefaultDb(input: { data: unknown; ip: string }): Promise<{ id: string; email: string }> {
  return signUp(prisma, input);
}
