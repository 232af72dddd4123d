-- DropIndex
DROP INDEX "OrderLine_batchId_status_idx";

-- CreateIndex
CREATE INDEX "Delivery_createdAt_id_idx" ON "Delivery"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Order_createdAt_id_idx" ON "Order"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Order_totalMinor_id_idx" ON "Order"("totalMinor", "id");

-- CreateIndex
CREATE INDEX "Order_number_idx" ON "Order" USING GIN ("number" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Order_contactEmail_idx" ON "Order" USING GIN ("contactEmail" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Order_contactPhone_idx" ON "Order" USING GIN ("contactPhone" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OrderLine_batchId_status_orderId_vendorId_quantity_idx" ON "OrderLine"("batchId", "status", "orderId", "vendorId", "quantity");

-- CreateIndex
CREATE INDEX "Payment_reference_idx" ON "Payment" USING GIN ("reference" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User" USING GIN ("email" gin_trgm_ops);
