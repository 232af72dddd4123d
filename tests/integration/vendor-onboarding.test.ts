// Becoming a vendor: the payout account check (Paystack's bank list and account resolution
// through the emulator), the /sell application and its lifecycle, and the vendor dashboard
// refusing members of a vendor that is not approved.
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { resolveAccountNumber, PaystackError } from "@/lib/integrations/paystack/api";
import { emulatedAccountName } from "@/lib/integrations/paystack/emulator/resolve";
import { verifyPayoutAccount } from "@/lib/vendors/payout-account";
import { setupOwnPaystackIntegration } from "../factories/paystack";

setupOwnPaystackIntegration("vendor_onboarding");

async function fieldErrorsOf(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof ZodError)) throw new Error(`expected a ZodError, got ${String(e)}`);
  return Object.fromEntries(e.issues.map((i) => [i.path.join("."), i.message]));
}

describe("payout account", () => {
  it("the emulator resolves an account the way Paystack answers /bank/resolve", async () => {
    const r = await resolveAccountNumber({ accountNumber: "0241234567", bankCode: "MTN" });
    expect(r).toEqual({ account_number: "0241234567", account_name: emulatedAccountName("0241234567"), bank_id: 28 });
    const bank = await resolveAccountNumber({ accountNumber: "1234567890", bankCode: "040100" });
    expect(bank.account_name).toMatch(/^[A-Z]+ [A-Z]+$/);
    const refused = await resolveAccountNumber({ accountNumber: "0241239999", bankCode: "MTN" }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(PaystackError);
    expect(refused).toMatchObject({
      status: 422,
      message: "Could not resolve account name. Check parameters or try again.",
    });
    expect(
      await resolveAccountNumber({ accountNumber: "1234567890", bankCode: "999999" }).catch((e: unknown) => e),
    ).toMatchObject({
      status: 422,
      message: "Unknown bank code: 999999",
    });
  });

  it("a Mobile Money wallet: number normalised, network checked, the holder's name from the network", async () => {
    const v = await verifyPayoutAccount({
      type: "MOBILE_MONEY",
      network: "VOD",
      accountNumber: "+233 20 123 4567",
      accountName: "Whatever I typed",
    });
    expect(v).toEqual({
      type: "MOBILE_MONEY",
      bankCode: "VOD",
      bankName: "Telecel",
      accountNumber: "0201234567",
      accountName: emulatedAccountName("0201234567"),
      nameResolved: true,
    });
  });

  it("a bank account: the code must be one of Paystack's Ghana banks", async () => {
    const v = await verifyPayoutAccount({
      type: "BANK",
      bankCode: "040100",
      accountNumber: "1234 5678 90",
      accountName: "Ama",
    });
    expect(v).toMatchObject({
      type: "BANK",
      bankCode: "040100",
      bankName: "GCB Bank Limited",
      accountNumber: "1234567890",
    });
    expect(
      await fieldErrorsOf(
        verifyPayoutAccount({ type: "BANK", bankCode: "MTN", accountNumber: "1234567890", accountName: "Ama" }),
      ),
    ).toEqual({ bankCode: "Choose a bank from the list" });
  });

  it("bad input and an account the network cannot find are field errors", async () => {
    expect(await fieldErrorsOf(verifyPayoutAccount({}))).toHaveProperty("type");
    expect(
      await fieldErrorsOf(
        verifyPayoutAccount({ type: "MOBILE_MONEY", network: "XYZ", accountNumber: "12", accountName: "" }),
      ),
    ).toEqual({
      network: "Choose the Mobile Money network",
      accountNumber: "Enter a Ghana number like 024 123 4567",
      accountName: "Enter the name on the account",
    });
    expect(
      await fieldErrorsOf(
        verifyPayoutAccount({ type: "BANK", bankCode: "", accountNumber: "12ab", accountName: "Ama" }),
      ),
    ).toEqual({ bankCode: "Choose your bank", accountNumber: "Enter the account number: 6 to 20 digits" });
    expect(
      await fieldErrorsOf(
        verifyPayoutAccount({ type: "MOBILE_MONEY", network: "MTN", accountNumber: "0241239999", accountName: "Ama" }),
      ),
    ).toEqual({ accountNumber: "MTN could not find a Mobile Money wallet on this number. Check it and try again." });
  });
});
