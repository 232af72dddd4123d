// `npm run worker` (and `npm run dev`): the background job worker. Run with
// --conditions=react-server so lib/ modules that import "server-only" load outside Next.
import { runWorker } from "@/lib/jobs/worker";

try {
  await runWorker();
  process.exit(0);
} catch (e) {
  console.error("[worker] failed to start or stop cleanly:", e);
  process.exit(1);
}
