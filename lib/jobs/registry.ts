import "server-only";
import { z } from "zod";
import type PgBoss from "pg-boss";
import { enqueue, type TEnqueueOptions } from "@/lib/jobs/queue";

export type TJobContext = {
  jobId: string;
  name: string;
  /** 0 on the first attempt. */
  retryCount: number;
};

type TEmptySchema = z.ZodObject<Record<string, never>>;

export type TJobConfig<S extends z.ZodType> = {
  /** Queue name, "<area>.<action>" (e.g. "reservations.expire"). Unique across the app. */
  name: string;
  /** Validates job data before the handler sees it (default: an empty object). */
  schema?: S;
  /** The work. Keep it a thin call to a plain domain function that tests call directly. */
  handler: (data: z.output<S>, ctx: TJobContext) => Promise<unknown>;
  /** Cron expression (5 fields) evaluated in `timezone`; the worker keeps the schedule in sync. */
  schedule?: string;
  /** IANA zone for `schedule` (default Africa/Accra, UTC+0 all year). */
  timezone?: string;
  /** Attempts after the first failure (default 3), delay between them, exponential backoff. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A running job not finished by then is failed (and retried). Default 5 minutes. */
  expireInSeconds?: number;
  /** Handlers of this queue running at once in one worker process (default 1). */
  concurrency?: number;
  /** How often an idle worker polls this queue (default 2 s, minimum 0.5 s). */
  pollingIntervalSeconds?: number;
};

/** A registered job with its data type erased, as the worker sees it. */
export type TJob = {
  name: string;
  schedule: string | undefined;
  timezone: string;
  concurrency: number;
  pollingIntervalSeconds: number;
  queueOptions: Omit<PgBoss.Queue, "name">;
  /** Validates raw data and runs the handler. */
  run(data: unknown, ctx: TJobContext): Promise<unknown>;
};

export type TJobDefinition<S extends z.ZodType> = TJob & {
  /** Typed, validated enqueue of this job (see lib/jobs/queue.ts `enqueue` for options). */
  enqueue(data: z.input<S>, opts?: TEnqueueOptions): Promise<string | null>;
};

/**
 * Declares a background job. Add the result to the list in lib/jobs/jobs.ts so the worker
 * runs it; enqueue it from anywhere with `myJob.enqueue(data)` or `enqueue(name, data)`.
 */
export function defineJob<S extends z.ZodType = TEmptySchema>(config: TJobConfig<S>): TJobDefinition<S> {
  const schema = (config.schema ?? z.object({})) as S;
  return {
    name: config.name,
    schedule: config.schedule,
    timezone: config.timezone ?? "Africa/Accra",
    concurrency: config.concurrency ?? 1,
    pollingIntervalSeconds: config.pollingIntervalSeconds ?? 2,
    queueOptions: {
      policy: "standard",
      retryLimit: config.retryLimit ?? 3,
      retryDelay: config.retryDelaySeconds ?? 10,
      retryBackoff: config.retryBackoff ?? true,
      expireInSeconds: config.expireInSeconds ?? 300,
    },
    async run(data, ctx) {
      const parsed = schema.safeParse(data ?? {});
      if (!parsed.success) {
        throw new Error(
          `invalid data for job ${config.name}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        );
      }
      return config.handler(parsed.data, ctx);
    },
    async enqueue(data, opts) {
      // Validate before sending: a bad payload fails at the caller, not later in the worker.
      schema.parse(data);
      return enqueue(config.name, (data ?? {}) as object, opts);
    },
  };
}
