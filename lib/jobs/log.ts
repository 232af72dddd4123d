import "server-only";
import { serverEnv } from "@/lib/env";

// A one-line logger for the job queue and worker: timestamps and levels, filtered by LOG_LEVEL. Plain
// lines (not JSON) because the worker's output is read by people running `npm run dev`.
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type TLevel = keyof typeof LEVELS;

function write(level: TLevel, msg: string, fields?: Record<string, unknown>) {
  if (LEVELS[level] < LEVELS[serverEnv().LOG_LEVEL]) return;
  const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields, errorReplacer)}` : "";
  const line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} [jobs] ${msg}${extra}`;
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

function errorReplacer(_key: string, value: unknown) {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
