import type { TMembership, TSessionUser } from "@/lib/auth/types";
import type { AdminPermission, Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: TSessionUser;
    /** UserSession id: lets the account page list and revoke devices. */
    sessionId: string;
  }
  /** What authorize() returns on success. */
  interface User {
    claims?: TSessionUser;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    roles?: Role[];
    perms?: AdminPermission[];
    membership?: TMembership | null;
    /** Epoch ms of the last database check of this session. */
    checkedAt?: number;
  }
}
