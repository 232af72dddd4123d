import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockDelivery, recordDeliveryEvent, type TSafeDelivery } from "@/lib/deliveries/delivery-status-step";
import { type TResetDeliveryCodeLockInput, ZResetDeliveryCodeLockInput } from "@/lib/deliveries/schemas";

/**
 * An admin clears the wrong-code count and the lock set after 5 wrong codes (having checked
 * who is at the door), so the right code is accepted again. The code itself is kept: the
 * customer already has it. The reset is on the delivery's timeline with who did it.
 */
export async function resetDeliveryCodeLock(
  input: TResetDeliveryCodeLockInput,
  db: Db = prisma,
): Promise<TSafeDelivery> {
  const args = ZResetDeliveryCodeLockInput.parse(input);
  if (args.actor.type !== "ADMIN") throw new AppError("FORBIDDEN", "Only an admin can reset a delivery's code lock.");
  return inTransaction(db, async (tx) => {
    const delivery = await lockDelivery(tx, args);
    if (delivery.codeLockedAt === null && delivery.codeAttempts === 0)
      throw new AppError("INVALID_STATE", "This delivery is not locked: there is nothing to reset.");
    const updated = await tx.delivery.update({
      where: { id: delivery.id },
      data: { codeAttempts: 0, codeLockedAt: null },
      omit: { deliveryCode: true },
    });
    await recordDeliveryEvent(tx, {
      deliveryId: delivery.id,
      event: "CODE_LOCK_RESET",
      from: delivery.status,
      to: delivery.status,
      actor: args.actor,
      note: [`Code lock reset after ${delivery.codeAttempts} wrong code(s).`, args.note].filter(Boolean).join(" "),
    });
    return updated;
  });
}
