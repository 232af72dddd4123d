/**
 * The port `next dev` / `next start` will listen on, given its arguments and environment: `-p N`,
 * `--port N` or `--port=N`, else PORT, else Next's default 3000. The launch scripts hand it to
 * every process they start as PORT, so the job worker (emulator webhooks, notification links)
 * derives the same local APP_URL as the web server (lib/env.ts).
 *
 * @param {readonly string[]} args
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function nextListenPort(args, env) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((a === "-p" || a === "--port") && args[i + 1]) return args[i + 1];
    if (a.startsWith("--port=")) return a.slice("--port=".length);
  }
  return env.PORT || "3000";
}
