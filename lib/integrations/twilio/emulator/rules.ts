import "server-only";

/**
 * Magic recipients: the emulator's answer depends on the To number (documented in README.md,
 * "Notifications"). Every other valid E.164 number is accepted, then sent and delivered.
 */
export const TWILIO_MAGIC = {
  /** 400, error 21211: "The 'To' number … is not a valid phone number." (permanent) */
  invalidNumber: "+233200000001",
  /** 503, error 20503 on every request (transient: the sender retries, then gives up). */
  unavailable: "+233200000002",
  /** 503, error 20503 on the first request for a (To, Body), accepted afterwards (one retry). */
  flaky: "+233200000003",
  /** Accepted, then an "undelivered" callback with error 30003 (Unreachable destination handset). */
  undelivered: "+233200000004",
  /** Accepted; the "delivered" callback comes DELAYED_DELIVERY_MS later. */
  slow: "+233200000005",
  /** 400, error 21610: the recipient replied STOP (permanent). */
  unsubscribed: "+233200000006",
} as const;

export const DELAYED_DELIVERY_MS = 2 * 60_000;
/** Callbacks leave shortly after the API answer (like Twilio), never inside it. */
export const CALLBACK_DELAY_MS = 1_000;

const E164 = /^\+[1-9]\d{7,14}$/;
export const isE164 = (s: string) => E164.test(s);

// GSM 03.38 basic set and its extension table (extension characters count twice).
const GSM7 =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXT = "^{}\\[~]|€\f";

/** Segments Twilio would bill for this body: GSM-7 160/153, otherwise UCS-2 70/67. */
export function countSegments(body: string): { encoding: "GSM-7" | "UCS-2"; segments: number; units: number } {
  let units = 0;
  let gsm = true;
  for (const ch of body) {
    if (GSM7.includes(ch)) units += 1;
    else if (GSM7_EXT.includes(ch)) units += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: "GSM-7", units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  // UTF-16 code units (a character outside the BMP takes two).
  const u = body.length;
  return { encoding: "UCS-2", units: u, segments: u <= 70 ? 1 : Math.ceil(u / 67) };
}
