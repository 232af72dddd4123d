import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). @node-rs/argon2 defaults to argon2id
// (its `Algorithm` is an ambient const enum, unusable under isolatedModules); tests assert the
// `$argon2id$` prefix so a changed default would be caught.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False (never throws) for a wrong password or a malformed/foreign hash. */
export async function verifyPassword(password: string, passwordHash: string | null | undefined): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Burns the same time as a real check so unknown emails are not told apart by latency. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("londom-dummy-password-for-timing");
  await verifyPassword(password, await dummyHash);
  return false;
}
