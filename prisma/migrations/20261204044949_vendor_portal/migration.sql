-- CreateEnum
CREATE TYPE "ProductImportStatus" AS ENUM ('PREVIEWED', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'DISCARDED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "InventoryReason" ADD VALUE 'DAMAGED';
ALTER TYPE "InventoryReason" ADD VALUE 'LOST';

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "procuredAt" TIMESTAMP(3),
ADD COLUMN     "unavailableReason" TEXT;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "care" TEXT,
ADD COLUMN     "material" TEXT,
ADD COLUMN     "season" TEXT,
ADD COLUMN     "sizeChart" JSONB;

-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "applicationCategories" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "applicationNote" TEXT,
ADD COLUMN     "rejectedAt" TIMESTAMP(3),
ADD COLUMN     "rejectionReason" TEXT,
ADD COLUMN     "reviewedById" TEXT,
ADD COLUMN     "sampleLinks" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "suspensionReason" TEXT;

-- CreateTable
CREATE TABLE "VendorInvite" (
    "id" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'STAFF',
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductImport" (
    "id" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "csv" TEXT NOT NULL,
    "status" "ProductImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "createCount" INTEGER NOT NULL DEFAULT 0,
    "updateCount" INTEGER NOT NULL DEFAULT 0,
    "rejectCount" INTEGER NOT NULL DEFAULT 0,
    "rejects" JSONB NOT NULL DEFAULT '[]',
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VendorInvite_tokenHash_key" ON "VendorInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "VendorInvite_vendorId_createdAt_idx" ON "VendorInvite"("vendorId", "createdAt");

-- CreateIndex
CREATE INDEX "ProductImport_vendorId_createdAt_idx" ON "ProductImport"("vendorId", "createdAt");

-- AddForeignKey
ALTER TABLE "VendorInvite" ADD CONSTRAINT "VendorInvite_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImport" ADD CONSTRAINT "ProductImport_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
