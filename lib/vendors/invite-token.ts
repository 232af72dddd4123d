import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A new invite token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of the token, hex: what VendorInvite.tokenHash holds. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
