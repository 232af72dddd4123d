import { z } from "zod";

// Inputs of the emulator's hosted checkout, phone panel and test endpoints (app/api/dev/paystack).

export const ZCardInput = z
  .object({
    number: z
      .string()
      .transform((s) => s.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^\d{12,19}$/, "Enter a valid card number")),
    expiry: z
      .string()
      .trim()
      .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/, "Use MM/YY"),
    cvv: z
      .string()
      .trim()
      .regex(/^\d{3,4}$/, "Enter the 3-digit CVV"),
  })
  .refine(
    ({ expiry }) => {
      const [mm, yy] = expiry.split("/").map((p) => Number(p.trim()));
      const now = new Date();
      return 2000 + yy! > now.getFullYear() || (2000 + yy! === now.getFullYear() && mm! >= now.getMonth() + 1);
    },
    { message: "This card has expired", path: ["expiry"] },
  );
export type TCardInput = z.infer<typeof ZCardInput>;

export const ZMobileMoneyInput = z.object({
  provider: z.enum(["mtn", "atl", "vod"]),
  phone: z.string().trim().min(9, "Enter your Mobile Money number").max(20),
});
export type TMobileMoneyInput = z.infer<typeof ZMobileMoneyInput>;

export const ZOtpInput = z.object({
  otp: z
    .string()
    .trim()
    .regex(/^\d{4,8}$/, "Enter the code you received"),
});

export const ZPhoneDecision = z.object({ decision: z.enum(["approve", "decline"]) });

/** Emulator-only helper for tests and demos: initialize a transaction through paystack-sdk. */
export const ZTestInitialize = z.object({
  email: z.string().email(),
  amount: z.number().int().positive().max(100_000_000),
  reference: z
    .string()
    .regex(/^[A-Za-z0-9.=-]{1,100}$/)
    .optional(),
  callbackUrl: z.string().url().optional(),
  channels: z
    .array(z.enum(["card", "mobile_money"]))
    .min(1)
    .optional(),
});
export type TTestInitialize = z.infer<typeof ZTestInitialize>;
