// Input schemas shared by the auth forms (client) and the server. Client-safe: zod only.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 8;

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }).max(254));

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, { message: "Enter your password" }).max(200),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZSignUpInput = z.object({
  name: z.string().trim().min(2, { message: "Enter your name" }).max(100),
  email: ZEmail,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
    .max(200, { message: "Use at most 200 characters" }),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{9,16}$/, { message: "Enter a valid phone number" })
    .optional(),
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;
