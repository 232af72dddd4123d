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
    // Where customers reach this app (links, Paystack callback, webhooks). Required in
    // production; locally it follows the port the server listens on (localAppUrl).
    APP_URL: z.string().url().optional(),
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
    // Media storage (lib/storage/media.ts): local disk under MEDIA_ROOT unless S3_BUCKET is set.
    MEDIA_ROOT: z.string().min(1).default(".data/media"),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_PUBLIC_URL: z.string().url().optional(),
  })
  .superRefine((v, ctx) => {
    // A production server cannot know the public address it sits behind (proxy, TLS, domain).
    if (v.NODE_ENV === "production" && !v.APP_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message: "is required in production (the public https://… address customers use)",
      });
    }
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
    if (Boolean(v.S3_ACCESS_KEY_ID) !== Boolean(v.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_SECRET_ACCESS_KEY"],
        message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together",
      });
    }
    for (const key of ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_PUBLIC_URL"] as const) {
      if (v[key] && !v.S3_BUCKET) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "has no effect without S3_BUCKET (media stay on local disk)",
        });
      }
    }
    if (v.S3_PUBLIC_URL && /[?#]/.test(v.S3_PUBLIC_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_PUBLIC_URL"],
        message: "must be a plain base URL (no query or fragment)",
      });
    }
  });

export type TServerEnv = Omit<z.infer<typeof ZServerEnv>, "APP_URL"> & {
  /** APP_URL, or locally http://localhost:<the port this server listens on> (read live). */
  readonly APP_URL: string;
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
  const env = {
    ...v,
    authSecret: v.NEXTAUTH_SECRET ?? DEV_AUTH_SECRET,
    isPaystackEmulated,
    paystackSecretKey: key ?? "sk_emulator_londom_local",
    isSmsLive: Boolean(v.TWILIO_ACCOUNT_SID && v.TWILIO_AUTH_TOKEN && v.TWILIO_FROM_NUMBER),
    isEmailLive: Boolean(v.POSTMARK_SERVER_TOKEN),
  };
  if (v.APP_URL) return { ...env, APP_URL: v.APP_URL };
  // Read at use, not at parse: `next dev` / `next start` set PORT only once the socket listens,
  // possibly after the first serverEnv() call (instrumentation's register()).
  return Object.defineProperty(env, "APP_URL", {
    enumerable: true,
    get: () => localAppUrl(source.PORT),
  }) as TServerEnv;
}

const DEFAULT_PORT = 3000;

function parsePort(value: string | undefined): number | undefined {
  const port = Number(value);
  return value && Number.isInteger(port) && port > 0 && port < 65_536 ? port : undefined;
}

/** The local default APP_URL: this server's own port (Next's default 3000 until it listens). */
export function localAppUrl(port: string | undefined): string {
  return `http://localhost:${parsePort(port) ?? DEFAULT_PORT}`;
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
  return parsePort(process.env.PORT);
}

/**
 * next-auth reads NEXTAUTH_URL itself and, without it, builds its URLs on http://localhost:3000.
 * With neither it nor APP_URL set (a local run), point it at the derived local APP_URL. Call
 * per request (the port is known by then); an explicit APP_URL leaves NEXTAUTH_URL alone, so
 * a deployment's cookie names (https → __Secure-…) never change under it.
 */
export function deriveLocalNextAuthUrl(): void {
  if (process.env.NEXTAUTH_URL || process.env.APP_URL) return;
  process.env.NEXTAUTH_URL = serverEnv().APP_URL;
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
