import "server-only";
import { AppError } from "@/lib/errors";
import { serverEnv } from "@/lib/env";

export { deliverDuePostmarkWebhooks, handlePostmarkRequest, listPostmarkEmulatorMessages } from "./api";
export { POSTMARK_MAGIC } from "./rules";
export type { TPostmarkMessageRow } from "./store";

/** With a real Postmark token the emulator's routes and pages do not exist. */
export function assertPostmarkEmulatorEnabled(): void {
  if (serverEnv().isEmailLive) throw new AppError("NOT_FOUND");
}
