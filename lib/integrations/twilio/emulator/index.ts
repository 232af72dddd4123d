import "server-only";
import { AppError } from "@/lib/errors";
import { serverEnv } from "@/lib/env";

export { deliverDueTwilioCallbacks, handleTwilioRequest, listTwilioEmulatorMessages, twilioSignature } from "./api";
export { countSegments, TWILIO_MAGIC } from "./rules";
export type { TTwilioMessageRow } from "./store";

/** With real Twilio keys the emulator's routes and pages do not exist. */
export function assertTwilioEmulatorEnabled(): void {
  if (serverEnv().isSmsLive) throw new AppError("NOT_FOUND");
}
