"use server";
// Delivery operations from /admin/deliveries. Every change goes through its lib/deliveries use
// case (riders and jobs use the same ones) and is written to the audit log.
import {
  bulkScheduleDeliveries,
  type TBulkScheduleDeliveriesResult,
  ZBulkScheduleDeliveriesInput,
} from "@/lib/deliveries/bulk-schedule-deliveries";
import { resetDeliveryCodeLock } from "@/lib/deliveries/reset-delivery-code-lock";
import { returnDelivery } from "@/lib/deliveries/return-delivery";
import { scheduleDelivery } from "@/lib/deliveries/schedule-delivery";
import { ZResetDeliveryCodeLockInput, ZReturnDeliveryInput, ZScheduleDeliveryInput } from "@/lib/deliveries/schemas";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { action } from "@/lib/http/action";

type TMoved = { id: string; from: DeliveryStatus; to: DeliveryStatus };

const adminActor = (userId: string) => ({ type: "ADMIN" as const, id: userId });
const REVALIDATE = ["/admin/deliveries", "/admin"];

export const scheduleDeliveryAction = action(
  {
    permission: "admin:deliveries",
    input: ZScheduleDeliveryInput.omit({ actor: true, now: true }),
    revalidate: REVALIDATE,
    audit: (input, r: TMoved) => ({
      action: "delivery.schedule",
      entityType: "Delivery",
      entityId: r.id,
      before: { status: r.from },
      after: { status: r.to, date: input.date, timeSlot: input.timeSlot, riderId: input.riderId },
      data: { input },
    }),
  },
  async (input, { user }): Promise<TMoved> => {
    const r = await scheduleDelivery({ ...input, actor: adminActor(user.id) });
    return { id: r.delivery.id, from: r.from, to: r.to };
  },
);

export const returnDeliveryAction = action(
  {
    permission: "admin:deliveries",
    input: ZReturnDeliveryInput.omit({ actor: true, now: true }),
    revalidate: REVALIDATE,
    audit: (input, r: TMoved) => ({
      action: "delivery.return",
      entityType: "Delivery",
      entityId: r.id,
      before: { status: r.from },
      after: { status: r.to },
      data: { note: input.note },
    }),
  },
  async (input, { user }): Promise<TMoved> => {
    const r = await returnDelivery({ ...input, actor: adminActor(user.id) });
    return { id: r.delivery.id, from: r.from, to: r.to };
  },
);

export const resetDeliveryCodeLockAction = action(
  {
    permission: "admin:deliveries",
    input: ZResetDeliveryCodeLockInput.omit({ actor: true, now: true }),
    revalidate: REVALIDATE,
    audit: (input, r: { id: string }) => ({
      action: "delivery.reset_code_lock",
      entityType: "Delivery",
      entityId: r.id,
      after: { codeAttempts: 0, codeLockedAt: null },
      data: { note: input.note ?? null },
    }),
  },
  async (input, { user }): Promise<{ id: string }> => {
    const r = await resetDeliveryCodeLock({ ...input, actor: adminActor(user.id) });
    return { id: r.id };
  },
);

export const bulkScheduleDeliveriesAction = action(
  {
    permission: "admin:deliveries",
    input: ZBulkScheduleDeliveriesInput.omit({ actor: true, now: true }),
    revalidate: [...REVALIDATE, "/rider"],
    audit: (input, r: TBulkScheduleDeliveriesResult) => ({
      action: "delivery.bulk_schedule",
      entityType: "Delivery",
      entityId: input.deliveryIds[0] ?? "bulk",
      after: { riderId: input.riderId, date: input.date ?? null, timeSlot: input.timeSlot ?? null },
      data: {
        deliveryIds: input.deliveryIds,
        assigned: r.assigned.map((a) => a.id),
        refused: r.refused.map((x) => ({ id: x.id, message: x.message })),
      },
    }),
  },
  async (input, { user }): Promise<TBulkScheduleDeliveriesResult> =>
    bulkScheduleDeliveries({ ...input, actor: adminActor(user.id) }),
);
