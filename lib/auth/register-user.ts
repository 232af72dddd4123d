import "server-only";
import { z } from "zod";
import { type Db, isUniqueViolation, Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { AdminPermission, Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "./password";
import { ZSignUpInput } from "./schemas";

export const ZRegisterUserInput = ZSignUpInput.extend({
  roles: z.array(z.enum(Role)).min(1).optional(),
  adminPermissions: z.array(z.enum(AdminPermission)).optional(),
});
export type TRegisterUserInput = z.input<typeof ZRegisterUserInput>;

const EMAIL_TAKEN = "An account with this email already exists";
const PHONE_TAKEN = "An account with this phone number already exists";

/** Creates a user with an argon2id password hash. Used by sign-up and by the seed. */
export async function registerUser(input: TRegisterUserInput, db: Db = prisma): Promise<{ id: string; email: string }> {
  const data = ZRegisterUserInput.parse(input);
  const phone = data.phone?.replace(/\s+/g, "");
  // Checked first for a clear message; the unique constraints below still decide races.
  await assertAvailable(db, data.email, phone);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.user.create({
      data: {
        email: data.email,
        name: data.name,
        passwordHash,
        ...(phone ? { phone } : {}),
        roles: data.roles ?? [Role.CUSTOMER],
        adminPermissions: data.adminPermissions ?? [],
      },
      select: { id: true, email: true },
    });
  } catch (e) {
    // A concurrent sign-up won the race. No re-query here: inside a transaction it would fail.
    if (!isUniqueViolation(e)) throw e;
    throw new AppError("CONFLICT", violatedConstraint(e).includes("phone") ? PHONE_TAKEN : EMAIL_TAKEN);
  }
}

async function assertAvailable(db: Db, email: string, phone: string | undefined): Promise<void> {
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw new AppError("CONFLICT", EMAIL_TAKEN);
  if (phone && (await db.user.findUnique({ where: { phone }, select: { id: true } })))
    throw new AppError("CONFLICT", PHONE_TAKEN);
}

/** The violated index ("User_email_key"): adapter-pg reports it under meta.driverAdapterError. */
function violatedConstraint(e: unknown): string {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return "";
  const meta = e.meta as
    { target?: unknown; driverAdapterError?: { cause?: { constraint?: { index?: string } } } } | undefined;
  return String(meta?.driverAdapterError?.cause?.constraint?.index ?? meta?.target ?? "");
}
