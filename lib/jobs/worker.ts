import "server-only";
import { prisma } from "@/lib/db";
import { jobs as allJobs } from "@/lib/jobs/jobs";
import { log } from "@/lib/jobs/log";
import { ensureQueue, getBoss, stopBoss } from "@/lib/jobs/queue";
import { type TJob } from "@/lib/jobs/registry";

const SHUTDOWN_TIMEOUT_MS = 20_000;

export type TRunningWorker = {
  names: string[];
  /** Stops polling, waits for running handlers (up to timeoutMs), closes the pool. */
  stop(opts?: { timeoutMs?: number }): Promise<void>;
};

/**
 * Creates the queues, registers a handler loop per unit of concurrency and syncs cron
 * schedules. `jobs` defaults to the app's list (lib/jobs/jobs.ts); tests pass their own.
 */
export async function startWorker(opts: { jobs?: readonly TJob[] } = {}): Promise<TRunningWorker> {
  const list = opts.jobs ?? allJobs;
  const names = list.map((j) => j.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`job "${duplicate}" is defined twice in the job list`);

  // One connection per handler loop, plus pg-boss's own maintenance and cron work.
  const poolSize = list.reduce((n, j) => n + j.concurrency, 0) + 4;
  const boss = await getBoss({ mode: "worker", poolSize });

  for (const job of list) {
    await ensureQueue(job.name, { name: job.name, ...job.queueOptions });
    for (let i = 0; i < job.concurrency; i++) {
      await boss.work<object>(
        job.name,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: job.pollingIntervalSeconds },
        async (batch) => {
          for (const j of batch) await runOne(job, j.id, j.data, j.retryCount);
        },
      );
    }
    if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: job.timezone });
  }

  if (!opts.jobs) {
    // A job whose schedule was removed from the code must stop firing (schedules live in the DB).
    const scheduled = new Set(list.filter((j) => j.schedule).map((j) => j.name));
    for (const s of await boss.getSchedules()) {
      if (!scheduled.has(s.name)) {
        await boss.unschedule(s.name);
        log.info(`removed stale schedule ${s.name}`);
      }
    }
  }

  return { names, stop: ({ timeoutMs } = {}) => stopBoss({ timeoutMs: timeoutMs ?? SHUTDOWN_TIMEOUT_MS }) };
}

async function runOne(job: TJob, jobId: string, data: unknown, retryCount: number) {
  const t0 = performance.now();
  try {
    const result = await job.run(data, { jobId, name: job.name, retryCount });
    const ms = Math.round(performance.now() - t0);
    log.debug(`${job.name} done in ${ms} ms`, { jobId, result });
    return result;
  } catch (error) {
    // Rethrow: pg-boss marks the job failed and retries it per the queue's retry policy.
    log.error(`${job.name} failed (attempt ${retryCount + 1})`, { jobId, error });
    throw error;
  }
}

/**
 * `npm run worker`: runs every job until SIGTERM/SIGINT, then stops taking new jobs, lets
 * running ones finish (up to 20 s; unfinished ones are failed and retried later by any
 * worker) and returns so the process exits 0.
 */
export async function runWorker(): Promise<void> {
  let stopping = false;
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) return log.info(`${signal} received again: already stopping`);
      stopping = true;
      resolve(signal);
    };
    // `npm run dev` sends SIGTERM and Ctrl-C sends SIGINT to the whole group: both, once.
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });

  const worker = await startWorker();
  log.info(`started with ${worker.names.length} jobs: ${worker.names.join(", ")}`);

  const signal = await signalled;
  log.info(`${signal}: finishing running jobs, then exiting`);
  await worker.stop();
  await prisma.$disconnect();
  log.info("stopped");
}
