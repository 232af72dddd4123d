export function nextListenPort(args: readonly string[], env: Record<string, string | undefined>): string;
