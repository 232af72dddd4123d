// `npm run worker` (and `npm run dev`): the background job worker. Run with
// --conditions=react-server so lib/ modules that import "server-only" load outside Next.
import { runWorker } from "@/lib/jobs/worker";

await runWorker();
