-- A delivery whose order has nothing left to deliver (every item cancelled or refunded
-- before it left the hub) is CANCELLED, in the transaction that ends the order's last lines.

-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "cancelledAt" TIMESTAMP(3);

-- Only a delivery being carried needs a rider and a slot. Written without naming the new
-- value: PostgreSQL refuses a new enum value in the transaction that added it.
ALTER TABLE "Delivery"
  DROP CONSTRAINT "Delivery_scheduled_has_rider",
  ADD CONSTRAINT "Delivery_scheduled_has_rider" CHECK (
    "status" NOT IN ('SCHEDULED', 'OUT_FOR_DELIVERY')
    OR ("riderId" IS NOT NULL AND "scheduledFor" IS NOT NULL AND "timeSlot" IS NOT NULL)
  );
