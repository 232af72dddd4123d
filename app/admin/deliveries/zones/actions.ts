"use server";
// Delivery zones from /admin/deliveries/zones: create, edit, reorder, (de)activate, delete.
// Each goes through its lib/deliveries use case and is written to the audit log. Checkout
// reads zones uncached, so only these admin pages are revalidated.
import { deleteDeliveryZone, type TDeletedDeliveryZone } from "@/lib/deliveries/delete-delivery-zone";
import { moveDeliveryZone, type TMovedDeliveryZone } from "@/lib/deliveries/move-delivery-zone";
import { saveDeliveryZone, type TSavedDeliveryZone } from "@/lib/deliveries/save-delivery-zone";
import { ZMoveDeliveryZoneInput, ZRecordIdInput, ZDeliveryZoneForm, ZSetActiveInput } from "@/lib/deliveries/schemas";
import { setDeliveryZoneActive, type TSetDeliveryZoneActiveResult } from "@/lib/deliveries/set-delivery-zone-active";
import { action } from "@/lib/http/action";

const REVALIDATE = ["/admin/deliveries/zones", "/admin/deliveries/pickup-points", "/admin/deliveries"];

export const saveDeliveryZoneAction = action(
  {
    permission: "admin:deliveries",
    input: ZDeliveryZoneForm,
    revalidate: REVALIDATE,
    audit: (_input, r: TSavedDeliveryZone) => ({
      action: r.before ? "delivery_zone.update" : "delivery_zone.create",
      entityType: "DeliveryZone",
      entityId: r.zone.id,
      ...(r.before ? { before: r.before } : {}),
      after: r.zone,
    }),
  },
  async (input): Promise<TSavedDeliveryZone> => saveDeliveryZone(input),
);

export const setDeliveryZoneActiveAction = action(
  {
    permission: "admin:deliveries",
    input: ZSetActiveInput,
    revalidate: REVALIDATE,
    audit: (_input, r: TSetDeliveryZoneActiveResult) => ({
      action: r.zone.isActive ? "delivery_zone.activate" : "delivery_zone.deactivate",
      entityType: "DeliveryZone",
      entityId: r.zone.id,
      before: { isActive: r.wasActive },
      after: { isActive: r.zone.isActive },
      data: { name: r.zone.name, usage: r.usage },
    }),
  },
  async (input): Promise<TSetDeliveryZoneActiveResult> => setDeliveryZoneActive(input),
);

export const moveDeliveryZoneAction = action(
  {
    permission: "admin:deliveries",
    input: ZMoveDeliveryZoneInput,
    revalidate: REVALIDATE,
    audit: (_input, r: TMovedDeliveryZone) => ({
      action: "delivery_zone.move",
      entityType: "DeliveryZone",
      entityId: r.id,
      before: { rank: r.from },
      after: { rank: r.to },
      data: { name: r.name },
    }),
  },
  async (input): Promise<TMovedDeliveryZone> => moveDeliveryZone(input),
);

export const deleteDeliveryZoneAction = action(
  {
    permission: "admin:deliveries",
    input: ZRecordIdInput,
    revalidate: REVALIDATE,
    audit: (_input, r: TDeletedDeliveryZone) => ({
      action: "delivery_zone.delete",
      entityType: "DeliveryZone",
      entityId: r.zone.id,
      before: r.zone,
      data: { pickupPointsUnlinked: r.pickupPointsUnlinked },
    }),
  },
  async (input): Promise<TDeletedDeliveryZone> => deleteDeliveryZone(input),
);
