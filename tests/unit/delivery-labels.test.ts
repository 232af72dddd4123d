import { describe, expect, it } from "vitest";
import { deliveryPlaceLabel, deliveryRiderLabel, deliveryStatusLabel } from "@/lib/deliveries/delivery-labels";
import { DeliveryStatus } from "@/lib/generated/prisma/enums";

// The board names a pickup after its point and what the customer does there, never as a trip
// to their door; a home delivery keeps its zone, area and the lifecycle's words.
const pickup = (status: DeliveryStatus) => ({
  status,
  method: "PICKUP" as const,
  pickupPointName: "Osu hub",
  zoneName: null,
  addressSummary: null,
});
const home = (status: DeliveryStatus) => ({
  status,
  method: "HOME" as const,
  pickupPointName: null,
  zoneName: "Accra Central",
  addressSummary: "Osu, Accra",
});

describe("delivery labels", () => {
  it("a pickup at its point is ready for collection there; collected once the code is given", () => {
    expect(deliveryPlaceLabel(pickup("OUT_FOR_DELIVERY"))).toBe("Ready for collection at Osu hub");
    expect(deliveryStatusLabel("OUT_FOR_DELIVERY", "PICKUP")).toBe("Ready for collection");
    expect(deliveryPlaceLabel(pickup("DELIVERED"))).toBe("Collected at Osu hub");
    expect(deliveryStatusLabel("DELIVERED", "PICKUP")).toBe("Collected");
    expect(deliveryPlaceLabel(pickup("FAILED"))).toBe("Not collected at Osu hub");
  });

  it("before it reaches the point a pickup is for collection there, not ready yet", () => {
    for (const s of ["PENDING", "SCHEDULED", "RETURNED", "CANCELLED"] as const)
      expect(deliveryPlaceLabel(pickup(s))).toBe("For collection at Osu hub");
    expect(deliveryPlaceLabel({ ...pickup("PENDING"), pickupPointName: null })).toBe(
      "For collection at a pickup point",
    );
  });

  it("no pickup label speaks of a delivery to the door", () => {
    for (const s of Object.values(DeliveryStatus)) {
      expect(deliveryStatusLabel(s, "PICKUP")).not.toMatch(/out for delivery|delivered/i);
      expect(deliveryPlaceLabel(pickup(s))).toContain("Osu hub");
    }
  });

  it("a home delivery shows its zone and area and the lifecycle's words", () => {
    expect(deliveryPlaceLabel(home("OUT_FOR_DELIVERY"))).toBe("Accra Central · Osu, Accra");
    expect(deliveryPlaceLabel({ ...home("PENDING"), zoneName: null, addressSummary: null })).toBe("Home delivery");
    expect(deliveryStatusLabel("OUT_FOR_DELIVERY", "HOME")).toBe("Out for delivery");
    expect(deliveryStatusLabel("DELIVERED", "HOME")).toBe("Delivered");
  });

  it("the rider of a pickup only takes it to the point", () => {
    expect(deliveryRiderLabel({ method: "PICKUP", rider: { name: "Kofi" } })).toBe("Kofi (to the point)");
    expect(deliveryRiderLabel({ method: "PICKUP", rider: null })).toBe("No run to the point yet");
    expect(deliveryRiderLabel({ method: "HOME", rider: { name: "Kofi" } })).toBe("Kofi");
    expect(deliveryRiderLabel({ method: "HOME", rider: null })).toBe("No rider yet");
  });
});
