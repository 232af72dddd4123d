import "server-only";

// Limits for the auth endpoints. Per-IP limits are generous because Ghanaian mobile networks
// put many customers behind one carrier-grade NAT address; per-account limits are tight.
// Successful sign-ins give their points back, so only failures add up.
export const AUTH_LIMITS = {
  signInPerIp: { points: 50, windowSeconds: 15 * 60 },
  signInPerAccount: { points: 10, windowSeconds: 15 * 60 },
  signUpPerIp: { points: 20, windowSeconds: 60 * 60 },
  signUpPerAccount: { points: 5, windowSeconds: 60 * 60 },
} as const;

export const authLimitKeys = {
  signInIp: (ip: string) => `sign-in:ip:${ip}`,
  signInAccount: (email: string) => `sign-in:account:${email}`,
  signUpIp: (ip: string) => `sign-up:ip:${ip}`,
  signUpAccount: (email: string) => `sign-up:account:${email}`,
};
