import "server-only";

/**
 * Magic recipients (the local part decides; any domain). Documented in README.md, "Notifications".
 * Every other valid address is accepted and a Delivery webhook follows.
 */
export const POSTMARK_MAGIC = {
  /** 422, ErrorCode 406: recipient marked inactive (permanent). */
  inactive: "inactive",
  /** Accepted, then a HardBounce webhook (and the address becomes inactive). */
  bounce: "bounce",
  /** 500 on the first request for a (To, Subject), accepted afterwards (one retry). */
  flaky: "flaky",
  /** 503 on every request (transient: the sender retries, then gives up). */
  down: "down",
  /** Accepted; the Delivery webhook comes DELAYED_DELIVERY_MS later. */
  slow: "slow",
} as const;

export const DELAYED_DELIVERY_MS = 2 * 60_000;
export const WEBHOOK_DELAY_MS = 1_000;

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
export const isEmail = (s: string) => EMAIL.test(s);
export const localPart = (s: string) => s.split("@")[0]!.toLowerCase().split("+")[0]!;
