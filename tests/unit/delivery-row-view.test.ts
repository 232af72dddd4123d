import { describe, expect, it } from "vitest";
import { toDeliveryRowView } from "@/app/admin/deliveries/_components/delivery-row-view";
import type { TAdminDeliveryRow } from "@/lib/deliveries/list-admin-deliveries";

// The board's client rows get what they show, in words, and nothing else of the list row: the
// page's RSC payload carries this once per row (issue 10's list benchmark).
const row: TAdminDeliveryRow = {
  id: "d1",
  status: "FAILED",
  method: "PICKUP",
  orderNumber: "LI-ABC123",
  customer: { name: "Ama Owusu", phone: "+233209876543" },
  zoneName: null,
  pickupPointName: "Osu hub",
  addressSummary: null,
  scheduledDate: "2026-12-03",
  timeSlot: "MORNING",
  slotLabel: "Morning (9:00–12:00)",
  rider: { id: "r1", name: "Kwabena Osei" },
  failureReason: "NOT_HOME",
  failureNote: "Called twice",
  isCodeLocked: true,
  events: ["SCHEDULE", "RETURN"],
  createdAt: "2026-12-01T10:00:00.000Z",
};

describe("toDeliveryRowView", () => {
  it("names the place, the rider and the failure, and says what the lifecycle allows", () => {
    const v = toDeliveryRowView(row);
    expect(v.place).toBe("Not collected at Osu hub");
    expect(v.riderLabel).toBe("Kwabena Osei (to the point)");
    expect(v.failure).toBe("Nobody was there to receive it: Called twice");
    expect([v.canSchedule, v.canReturn, v.isCodeLocked]).toEqual([true, true, true]);
  });

  it("a home delivery without a rider or a failure", () => {
    const v = toDeliveryRowView({
      ...row,
      status: "DELIVERED",
      method: "HOME",
      pickupPointName: null,
      zoneName: "Accra Central",
      addressSummary: "Osu, Accra",
      rider: null,
      failureReason: null,
      failureNote: null,
      events: [],
    });
    expect(v.place).toBe("Accra Central · Osu, Accra");
    expect(v.riderLabel).toBe("No rider yet");
    expect(v.failure).toBeNull();
    expect([v.canSchedule, v.canReturn]).toEqual([false, false]);
  });

  it("sends none of the list row's other fields", () => {
    expect(Object.keys(toDeliveryRowView(row)).sort()).toEqual(
      [
        "id",
        "status",
        "method",
        "orderNumber",
        "customer",
        "place",
        "scheduledDate",
        "timeSlot",
        "slotLabel",
        "rider",
        "riderLabel",
        "failure",
        "isCodeLocked",
        "canSchedule",
        "canReturn",
      ].sort(),
    );
  });
});
