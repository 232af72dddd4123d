import "server-only";

// Limits for the auth endpoints. Per-IP limits are generous because Ghanaian mobile networks
// put many customers behind one carrier-grade NAT address. An account is never locked from
// every address: that would let anyone lock its owner out with ten wrong passwords. Instead
// - (account, IP): ten failures in 15 minutes refuse that address for that account;
// - account, from anywhere: past ten failures each further attempt is slowed down (a delay
//   that doubles up to 5 s before the password is checked), so a guesser spread over many
//   addresses gets few guesses, and the owner, from a clean address, still signs in.
// Successful sign-ins give their points back, so only failures add up.
export const AUTH_LIMITS = {
  signInPerIp: { points: 50, windowSeconds: 15 * 60 },
  signInPerAccountIp: { points: 10, windowSeconds: 15 * 60 },
  /** Not a lock: failures beyond `points` slow every attempt on the account (signInSlowdownMs). */
  signInPerAccount: { points: 10, windowSeconds: 15 * 60 },
  signInSlowdown: { baseMs: 250, maxMs: 5_000 },
  signUpPerIp: { points: 20, windowSeconds: 60 * 60 },
  signUpPerAccount: { points: 5, windowSeconds: 60 * 60 },
} as const;

/** Delay before checking the password, given the account's attempts in the window (this one included). */
export function signInSlowdownMs(attempts: number): number {
  const over = attempts - AUTH_LIMITS.signInPerAccount.points;
  if (over <= 0) return 0;
  const { baseMs, maxMs } = AUTH_LIMITS.signInSlowdown;
  return Math.min(maxMs, baseMs * 2 ** Math.min(over - 1, 16));
}

export const authLimitKeys = {
  signInIp: (ip: string) => `sign-in:ip:${ip}`,
  signInAccountIp: (email: string, ip: string) => `sign-in:account-ip:${email}:${ip}`,
  signInAccount: (email: string) => `sign-in:account:${email}`,
  signUpIp: (ip: string) => `sign-up:ip:${ip}`,
  signUpAccount: (email: string) => `sign-up:account:${email}`,
};
