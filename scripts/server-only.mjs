// `node --import ./scripts/server-only.mjs --import tsx …` runs lib/ code (which imports
// "server-only") in a plain Node process (the job worker). The alternative,
// --conditions=react-server, also swaps react-dom/server for a stub that throws, and the worker
// renders e-mails with react-email — under it every notification failed.
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
