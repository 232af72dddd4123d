-- The delivery lifecycle (lib/deliveries): one delivery per order, its timeline
-- (DeliveryEvent), time slots, failure reasons, the delivery-code lock-out, riders, and
-- OrderLine.deliveredAt (starts the holdback window before a vendor is paid).

-- CreateEnum
CREATE TYPE "DeliveryTimeSlot" AS ENUM ('MORNING', 'AFTERNOON', 'EVENING');

-- CreateEnum
CREATE TYPE "DeliveryFailureReason" AS ENUM ('NOT_HOME', 'REFUSED', 'WRONG_ADDRESS', 'OTHER');

-- AlterEnum
ALTER TYPE "ActorType" ADD VALUE 'RIDER';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'RIDER';

-- DropIndex
DROP INDEX "Delivery_orderId_idx";

-- DropIndex
DROP INDEX "Delivery_riderId_idx";

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "codeAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "codeLockedAt" TIMESTAMP(3),
ADD COLUMN     "dispatchedAt" TIMESTAMP(3),
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "failureNote" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMP(3),
ADD COLUMN     "timeSlot" "DeliveryTimeSlot";

-- failureReason becomes an enum in place (a free-text reason is kept in failureNote).
UPDATE "Delivery" SET "failureNote" = "failureReason"
  WHERE "failureReason" IS NOT NULL AND "failureReason" NOT IN ('NOT_HOME', 'REFUSED', 'WRONG_ADDRESS', 'OTHER');
ALTER TABLE "Delivery" ALTER COLUMN "failureReason" TYPE "DeliveryFailureReason" USING (
  CASE
    WHEN "failureReason" IS NULL THEN NULL
    WHEN "failureReason" IN ('NOT_HOME', 'REFUSED', 'WRONG_ADDRESS', 'OTHER') THEN "failureReason"::"DeliveryFailureReason"
    ELSE 'OTHER'::"DeliveryFailureReason"
  END
);

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "deliveredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DeliveryEvent" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "fromStatus" "DeliveryStatus",
    "toStatus" "DeliveryStatus" NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeliveryEvent_deliveryId_createdAt_idx" ON "DeliveryEvent"("deliveryId", "createdAt");

-- CreateIndex (one delivery per order: creation is INSERT … ON CONFLICT DO NOTHING on it)
CREATE UNIQUE INDEX "Delivery_orderId_key" ON "Delivery"("orderId");

-- CreateIndex
CREATE INDEX "Delivery_riderId_status_idx" ON "Delivery"("riderId", "status");

-- AddForeignKey
ALTER TABLE "DeliveryEvent" ADD CONSTRAINT "DeliveryEvent_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express (as in 20261122160000_database_rules).
ALTER TABLE "Delivery"
  ADD CONSTRAINT "Delivery_code_six_digits" CHECK ("deliveryCode" ~ '^[0-9]{6}$'),
  ADD CONSTRAINT "Delivery_counts_nonnegative" CHECK ("codeAttempts" >= 0 AND "attempts" >= 0 AND "feeMinor" >= 0),
  -- A delivery on its way has somewhere to go and someone taking it there.
  ADD CONSTRAINT "Delivery_destination" CHECK (
    ("method" = 'HOME' AND "address" IS NOT NULL) OR ("method" = 'PICKUP' AND "pickupPointId" IS NOT NULL)
  ),
  ADD CONSTRAINT "Delivery_scheduled_has_rider" CHECK (
    "status" IN ('PENDING', 'DELIVERED', 'FAILED', 'RETURNED')
    OR ("riderId" IS NOT NULL AND "scheduledFor" IS NOT NULL AND "timeSlot" IS NOT NULL)
  );
