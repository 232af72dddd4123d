"use server";
// What a rider does at the door (/rider). Every change goes through its lib/deliveries use case
// with the rider as the actor, so a delivery assigned to someone else is "not found" to them;
// an ops admin carrying a delivery acts as its rider here. Returning a failed delivery to the
// hub is an operations decision (the lifecycle allows it to admins only): audited.
import { z } from "zod";
import { assertCarriesDelivery } from "@/lib/deliveries/assert-carries-delivery";
import { deliverDelivery } from "@/lib/deliveries/deliver-delivery";
import { dispatchDelivery } from "@/lib/deliveries/dispatch-delivery";
import { failDelivery } from "@/lib/deliveries/fail-delivery";
import { returnDelivery } from "@/lib/deliveries/return-delivery";
import {
  ZDeliverDeliveryInput,
  ZDispatchDeliveryInput,
  ZFailDeliveryInput,
  ZReturnDeliveryInput,
} from "@/lib/deliveries/schemas";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { action } from "@/lib/http/action";

type TMoved = { id: string; from: DeliveryStatus; to: DeliveryStatus };

const riderActor = (userId: string) => ({ type: "RIDER" as const, id: userId });
const REVALIDATE = ["/rider", "/admin/deliveries"];

export const dispatchRiderDeliveryAction = action(
  {
    permission: "rider:deliveries",
    input: ZDispatchDeliveryInput.omit({ actor: true, now: true }),
    revalidate: REVALIDATE,
  },
  async (input, { user }): Promise<TMoved> => {
    const r = await dispatchDelivery({ ...input, actor: riderActor(user.id) });
    return { id: r.delivery.id, from: r.from, to: r.to };
  },
);

export const deliverRiderDeliveryAction = action(
  {
    permission: "rider:deliveries",
    input: ZDeliverDeliveryInput.omit({ actor: true, now: true }),
    revalidate: REVALIDATE,
  },
  async (input, { user }): Promise<TMoved> => {
    const r = await deliverDelivery({ ...input, actor: riderActor(user.id) });
    return { id: r.delivery.id, from: r.from, to: r.to };
  },
);

export const failRiderDeliveryAction = action(
  {
    permission: "rider:deliveries",
    // The reason's refinement (OTHER needs a note) runs in failDelivery's own parse.
    input: z.object({
      deliveryId: ZFailDeliveryInput.shape.deliveryId,
      reason: ZFailDeliveryInput.shape.reason,
      note: ZFailDeliveryInput.shape.note,
    }),
    revalidate: REVALIDATE,
  },
  async (input, { user }): Promise<TMoved> => {
    const r = await failDelivery({ ...input, actor: riderActor(user.id) });
    return { id: r.delivery.id, from: r.from, to: r.to };
  },
);

export const returnRiderDeliveryAction = action(
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
      data: { note: input.note, from: "rider page" },
    }),
  },
  async (input, { user }): Promise<TMoved> => {
    // The rider page only shows the deliveries this admin carries: others are not found here.
    await assertCarriesDelivery({ deliveryId: input.deliveryId, userId: user.id });
    const r = await returnDelivery({ ...input, actor: { type: "ADMIN", id: user.id } });
    return { id: r.delivery.id, from: r.from, to: r.to };
  },
);
