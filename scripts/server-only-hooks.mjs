// Module resolve hook (registered by scripts/server-only.mjs): "server-only" becomes an empty
// module, as it is inside Next's server bundles and in Vitest (vitest.config.ts alias).
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}
