-- CreateIndex
CREATE INDEX "Order_status_balanceDueMinor_idx" ON "Order"("status", "balanceDueMinor");
