import "server-only";
import { type Db, inTransaction, type Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  assertSomethingToDeliver,
  changeDeliveryStatus,
  lockDeliveryOrder,
  notifyDeliveryCustomer,
  type TDeliveryStatusChange,
} from "@/lib/deliveries/delivery-status-step";
import { DELIVERY_TIME_SLOTS, slotWindow } from "@/lib/deliveries/delivery-transitions";
import { type TScheduleDeliveryInput, ZScheduleDeliveryInput } from "@/lib/deliveries/schemas";

const DAY = 86_400_000;
/** How far ahead a slot may be booked. */
export const MAX_SCHEDULE_DAYS_AHEAD = 30;

/**
 * PENDING or FAILED (or SCHEDULED: a reschedule) → SCHEDULED, with a date, a time slot and a
 * rider — a user with the RIDER role, or an operations admin delivering it themselves. In the
 * same transaction: the slot and rider on the delivery (a previous failure's reason cleared:
 * the timeline keeps it), its event, and the customer told when to expect it. Only admins and
 * the platform schedule; a day in the past, or more than 30 days ahead, is refused.
 */
export async function scheduleDelivery(input: TScheduleDeliveryInput, db: Db = prisma): Promise<TDeliveryStatusChange> {
  const args = ZScheduleDeliveryInput.parse(input);
  const now = args.now ?? new Date();
  const { start, end } = slotWindow(args.date, args.timeSlot);
  // Choice: any slot of today is accepted (ops may book a slot that began, e.g. to record a
  // run that already left); a day that has passed is not.
  if (args.date < now.toISOString().slice(0, 10))
    throw new AppError("BAD_REQUEST", "That day has passed: choose today or a later day.");
  if (start.getTime() - now.getTime() > MAX_SCHEDULE_DAYS_AHEAD * DAY)
    throw new AppError("BAD_REQUEST", `Deliveries are scheduled at most ${MAX_SCHEDULE_DAYS_AHEAD} days ahead.`);
  const slot = DELIVERY_TIME_SLOTS[args.timeSlot].label;

  return inTransaction(db, async (tx) => {
    const rider = await riderOrThrow(tx, args.riderId);
    const change = await changeDeliveryStatus(tx, {
      ...args,
      event: "SCHEDULE",
      now,
      prepare: (delivery) => {
        const isSame =
          delivery.scheduledFor?.getTime() === start.getTime() &&
          delivery.timeSlot === args.timeSlot &&
          delivery.riderId === rider.id;
        if (delivery.status === "SCHEDULED" && isSame)
          throw new AppError("INVALID_STATE", "This delivery is already scheduled for that slot with that rider.");
        return {
          data: {
            scheduledFor: start,
            timeSlot: args.timeSlot,
            rider: { connect: { id: rider.id } },
            failureReason: null,
            failureNote: null,
          },
          notes: [`${args.date}, ${slot}, rider ${rider.name}.`],
        };
      },
    });
    // A refusal from here on rolls the change back with the rest of the transaction.
    const order = await lockDeliveryOrder(tx, change.delivery.orderId);
    assertSomethingToDeliver(order);
    await notifyDeliveryCustomer(tx, order, {
      templateKey: "delivery.scheduled",
      data: {
        method: change.delivery.method,
        date: args.date,
        timeSlot: args.timeSlot,
        slot,
        slotStart: start.toISOString(),
        slotEnd: end.toISOString(),
      },
      // A new slot is news; the same slot with another rider is not.
      dedupeKey: `delivery:${change.delivery.id}:scheduled:${start.toISOString()}:${args.timeSlot}`,
    });
    return change;
  });
}

/** An active user who carries deliveries: the RIDER role, or an ADMIN with OPS (or SUPERADMIN). */
async function riderOrThrow(tx: Prisma.TransactionClient, riderId: string) {
  const user = await tx.user.findUnique({
    where: { id: riderId },
    select: { id: true, name: true, status: true, roles: true, adminPermissions: true },
  });
  if (!user || user.status !== "ACTIVE")
    throw new AppError("BAD_REQUEST", "That rider does not exist or is disabled: choose another one.");
  const isOps =
    user.roles.includes("ADMIN") &&
    (user.adminPermissions.includes("OPS") || user.adminPermissions.includes("SUPERADMIN"));
  if (!user.roles.includes("RIDER") && !isOps)
    throw new AppError(
      "BAD_REQUEST",
      `${user.name} is not a rider or an operations admin: choose someone who delivers.`,
    );
  return user;
}
