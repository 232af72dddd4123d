// The only reader of process.env. Server variables are validated once, on first use (so
// `next build` and client bundles never need them); public ones are inlined by Next.
// Every variable is optional: with none set the app runs on the embedded database, the
// Paystack emulator, the local outbox and no analytics.
import { z } from "zod";

const DEV_AUTH_SECRET = "londom-dev-secret-not-for-production";

const ZServerEnv = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    APP_URL: z.string().url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(16).optional(),
    PAYSTACK_SECRET_KEY: z.string().startsWith("sk_").optional(),
    PAYSTACK_WEBHOOK_URL: z.string().url().optional(),
    TWILIO_ACCOUNT_SID: z.string().startsWith("AC").optional(),
    TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
    TWILIO_FROM_NUMBER: z.string().min(1).optional(),
    POSTMARK_SERVER_TOKEN: z.string().min(1).optional(),
    POSTMARK_FROM_EMAIL: z.string().email().default("orders@londom.local"),
    // Password of the basic auth on Postmark's webhook URL (user "postmark"); required with a real token.
    POSTMARK_WEBHOOK_SECRET: z.string().min(16).optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    // How many proxies we run in front of the app append to X-Forwarded-For (0: none, the
    // socket address is the client's; lib/auth/request-ip.ts).
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
    // Next's build directory (parallel checkouts build side by side) and how many cached pages
    // per route it may keep on disk (lib/catalog/cache/route-cache-sweeper.ts).
    NEXT_DIST_DIR: z.string().min(1).default(".next"),
    ROUTE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(10).max(1_000_000).default(2_000),
  })
  .superRefine((v, ctx) => {
    if (v.NODE_ENV === "production" && !v.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required in production (32+ random characters)",
      });
    }
    // A production server with no key would take fake payments through the emulator's hosted
    // pages: there the emulator needs an explicit sk_emulator_… key (the e2e server sets one).
    if (v.NODE_ENV === "production" && !v.PAYSTACK_SECRET_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["PAYSTACK_SECRET_KEY"],
        message: "is required in production (sk_live_…, or sk_emulator_… to run the emulator on purpose)",
      });
    }
    if (Boolean(v.TWILIO_ACCOUNT_SID) !== Boolean(v.TWILIO_AUTH_TOKEN)) {
      ctx.addIssue({
        code: "custom",
        path: ["TWILIO_AUTH_TOKEN"],
        message: "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN go together",
      });
    }
    if (v.POSTMARK_SERVER_TOKEN && !v.POSTMARK_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["POSTMARK_WEBHOOK_SECRET"],
        message: "is required with POSTMARK_SERVER_TOKEN (put it in the webhook URL: https://postmark:<secret>@…)",
      });
    }
  });

export type TServerEnv = z.infer<typeof ZServerEnv> & {
  authSecret: string;
  /** Paystack is emulated unless a real secret key (not an sk_emulator_ key) is set. */
  isPaystackEmulated: boolean;
  paystackSecretKey: string;
  isSmsLive: boolean;
  isEmailLive: boolean;
};

let cached: TServerEnv | undefined;

export function formatEnvError(error: z.ZodError): string {
  const lines = error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
  return `Invalid environment variables (see .env.example):\n${lines.join("\n")}`;
}

export function parseServerEnv(source: Record<string, string | undefined>): TServerEnv {
  const empty = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = ZServerEnv.safeParse(empty);
  if (!parsed.success) throw new Error(formatEnvError(parsed.error));
  const v = parsed.data;
  const key = v.PAYSTACK_SECRET_KEY;
  const isPaystackEmulated = !key || key.startsWith("sk_emulator_");
  return {
    ...v,
    authSecret: v.NEXTAUTH_SECRET ?? DEV_AUTH_SECRET,
    isPaystackEmulated,
    paystackSecretKey: key ?? "sk_emulator_londom_local",
    isSmsLive: Boolean(v.TWILIO_ACCOUNT_SID && v.TWILIO_AUTH_TOKEN && v.TWILIO_FROM_NUMBER),
    isEmailLive: Boolean(v.POSTMARK_SERVER_TOKEN),
  };
}

/** Validated server environment; throws a readable message on the first bad variable. */
export function serverEnv(): TServerEnv {
  if (typeof window !== "undefined") throw new Error("serverEnv() is server-only");
  cached ??= parseServerEnv(process.env);
  return cached;
}

/**
 * The port this Next server listens on. Read live, not through serverEnv()'s cache: `next start`
 * / `next dev` set PORT only once the socket listens (next/dist/server/lib/start-server.js).
 */
export function serverPort(): number | undefined {
  const port = Number(process.env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65_536 ? port : undefined;
}

/** True while `next build` runs (it also calls instrumentation's register() in its workers). */
export function isNextBuild(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

/** Public (browser) variables: Next inlines these literal references at build time. */
export const publicEnv = {
  posthogKey: process.env.NEXT_PUBLIC_POSTHOG_KEY || undefined,
  posthogHost: process.env.NEXT_PUBLIC_POSTHOG_HOST || "https://eu.i.posthog.com",
} as const;
