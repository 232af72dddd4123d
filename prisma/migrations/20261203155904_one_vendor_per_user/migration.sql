-- DropIndex
DROP INDEX "VendorMembership_userId_vendorId_key";

-- CreateIndex
CREATE UNIQUE INDEX "VendorMembership_userId_key" ON "VendorMembership"("userId");
