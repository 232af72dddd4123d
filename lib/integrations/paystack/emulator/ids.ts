import "server-only";
import { randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Random lowercase alphanumerics, like Paystack's generated references and codes. */
export function randomCode(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

export const newReference = () => randomCode(12);
export const newAccessCode = () => randomCode(15);
export const newCustomerCode = () => `CUS_${randomCode(15)}`;
export const newAuthorizationCode = () => `AUTH_${randomCode(10)}`;
export const newSignature = () => `SIG_${randomCode(20)}`;
export const newRecipientCode = () => `RCP_${randomCode(15)}`;
export const newTransferCode = () => `TRF_${randomCode(16)}`;
export const newOtp = () => String(100000 + (randomBytes(4).readUInt32BE(0) % 900000));
