// `npm run worker` (and `npm run dev`): the background job worker. Run with
// --import ./scripts/server-only.mjs so lib/ modules that import "server-only" load outside Next
// (not --conditions=react-server: that breaks react-email's rendering of every notification).
import { runWorker } from "@/lib/jobs/worker";

try {
  await runWorker();
  process.exit(0);
} catch (e) {
  console.error("[worker] failed to start or stop cleanly:", e);
  process.exit(1);
}
