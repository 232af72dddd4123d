import "server-only";

/** Placeholder until the job queue lands: keeps the process alive and exits on SIGTERM. */
export async function runWorker(): Promise<void> {
  console.log("[worker] started");
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", () => resolve());
    process.once("SIGINT", () => resolve());
  });
}
