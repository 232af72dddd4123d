"use server";
// Pickup points from /admin/deliveries/pickup-points: create, edit, (de)activate, delete.
// Each goes through its lib/deliveries use case and is written to the audit log. Checkout
// reads pickup points uncached, so only the admin pages are revalidated.
import { deletePickupPoint, type TDeletedPickupPoint } from "@/lib/deliveries/delete-pickup-point";
import { savePickupPoint, type TSavedPickupPoint } from "@/lib/deliveries/save-pickup-point";
import { ZRecordIdInput, ZSavePickupPointInput, ZSetActiveInput } from "@/lib/deliveries/schemas";
import { setPickupPointActive, type TSetPickupPointActiveResult } from "@/lib/deliveries/set-pickup-point-active";
import { action } from "@/lib/http/action";

const REVALIDATE = ["/admin/deliveries/pickup-points", "/admin/deliveries/zones", "/admin/deliveries"];

export const savePickupPointAction = action(
  {
    permission: "admin:deliveries",
    input: ZSavePickupPointInput,
    revalidate: REVALIDATE,
    audit: (_input, r: TSavedPickupPoint) => ({
      action: r.before ? "pickup_point.update" : "pickup_point.create",
      entityType: "PickupPoint",
      entityId: r.point.id,
      ...(r.before ? { before: r.before } : {}),
      after: r.point,
    }),
  },
  async (input): Promise<TSavedPickupPoint> => savePickupPoint(input),
);

export const setPickupPointActiveAction = action(
  {
    permission: "admin:deliveries",
    input: ZSetActiveInput,
    revalidate: REVALIDATE,
    audit: (_input, r: TSetPickupPointActiveResult) => ({
      action: r.point.isActive ? "pickup_point.activate" : "pickup_point.deactivate",
      entityType: "PickupPoint",
      entityId: r.point.id,
      before: { isActive: r.wasActive },
      after: { isActive: r.point.isActive },
      data: { name: r.point.name, usage: r.usage },
    }),
  },
  async (input): Promise<TSetPickupPointActiveResult> => setPickupPointActive(input),
);

export const deletePickupPointAction = action(
  {
    permission: "admin:deliveries",
    input: ZRecordIdInput,
    revalidate: REVALIDATE,
    audit: (_input, r: TDeletedPickupPoint) => ({
      action: "pickup_point.delete",
      entityType: "PickupPoint",
      entityId: r.point.id,
      before: r.point,
    }),
  },
  async (input): Promise<TDeletedPickupPoint> => deletePickupPoint(input),
);
