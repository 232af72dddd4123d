import "server-only";
import { listBanks } from "./banks";
import { PaystackApiError } from "./http";
import { normalizeGhanaPhone } from "./rules";

// Account-name resolution (GET /bank/resolve). Paystack asks the bank (GhIPSS) or the Mobile
// Money network for the name on the account; the emulator makes one up from the number, the
// same name every time, and cannot resolve numbers ending 9999 (a magic value for tests).

const FIRST = ["KOFI", "AMA", "KWAME", "AKOSUA", "YAW", "ABENA", "KWESI", "EFUA", "KOJO", "ADWOA"];
const LAST = ["MENSAH", "OWUSU", "BOATENG", "ASANTE", "OSEI", "ADDO", "APPIAH", "AMOAH", "TETTEH", "QUAYE"];

const unresolvable = () =>
  new PaystackApiError(
    422,
    "Could not resolve account name. Check parameters or try again.",
    "validation_error",
    "invalid_account",
  );

/** The name the emulated bank or network holds for this account, e.g. "AMA BOATENG". */
export function emulatedAccountName(accountNumber: string): string {
  let h = 0;
  for (const c of accountNumber) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `${FIRST[h % FIRST.length]} ${LAST[Math.floor(h / FIRST.length) % LAST.length]}`;
}

export function resolveAccount(rawAccount: string, bankCode: string) {
  if (!rawAccount.trim())
    throw new PaystackApiError(400, "Account number is required", "validation_error", "missing_params");
  if (!bankCode.trim()) throw new PaystackApiError(400, "Bank code is required", "validation_error", "missing_params");
  const bank = listBanks(null).find((b) => b.code.toLowerCase() === bankCode.trim().toLowerCase());
  if (!bank) throw new PaystackApiError(422, `Unknown bank code: ${bankCode}`, "validation_error", "invalid_bank_code");
  const account =
    bank.type === "mobile_money"
      ? normalizeGhanaPhone(rawAccount)
      : /^\d{6,20}$/.test(rawAccount.trim())
        ? rawAccount.trim()
        : null;
  if (!account || account.endsWith("9999")) throw unresolvable();
  return { account_number: account, account_name: emulatedAccountName(account), bank_id: bank.id };
}
