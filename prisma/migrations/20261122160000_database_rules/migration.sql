-- Rules Prisma's schema language cannot express. The database enforces them so that no code
-- path (a bug, a script, a psql session) can break them.

-- Stock and allocations never go negative, and never more is held than exists.
ALTER TABLE "Variant"
  ADD CONSTRAINT "Variant_stock_nonnegative" CHECK ("stockOnHand" >= 0),
  ADD CONSTRAINT "Variant_reserved_within_stock" CHECK ("reserved" >= 0 AND "reserved" <= "stockOnHand"),
  ADD CONSTRAINT "Variant_price_nonnegative" CHECK ("priceMinor" >= 0),
  ADD CONSTRAINT "Variant_batch_cap_positive" CHECK ("batchCap" IS NULL OR "batchCap" > 0);

ALTER TABLE "BatchAllocation"
  ADD CONSTRAINT "BatchAllocation_nonnegative" CHECK ("reserved" >= 0 AND "sold" >= 0);

ALTER TABLE "OrderLine"
  ADD CONSTRAINT "OrderLine_quantity_positive" CHECK ("quantity" > 0),
  ADD CONSTRAINT "OrderLine_amounts_nonnegative" CHECK ("unitPriceMinor" >= 0 AND "lineTotalMinor" >= 0 AND "feeMinor" >= 0 AND "feeMinor" <= "lineTotalMinor");

ALTER TABLE "Order"
  ADD CONSTRAINT "Order_amounts_nonnegative" CHECK ("subtotalMinor" >= 0 AND "deliveryFeeMinor" >= 0 AND "discountMinor" >= 0 AND "totalMinor" >= 0 AND "amountPaidMinor" >= 0 AND "amountRefundedMinor" >= 0 AND "amountRefundedMinor" <= "amountPaidMinor");

ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_positive" CHECK ("amountMinor" > 0 AND "amountRefundedMinor" >= 0 AND "amountRefundedMinor" <= "amountMinor");
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_amount_positive" CHECK ("amountMinor" > 0);
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_amount_positive" CHECK ("amountMinor" > 0);
ALTER TABLE "Review" ADD CONSTRAINT "Review_rating_range" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "PlatformSettings" ADD CONSTRAINT "PlatformSettings_ranges" CHECK ("platformFeeBps" BETWEEN 0 AND 10000 AND "depositBps" BETWEEN 0 AND 10000);
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_fee_range" CHECK ("feeBps" IS NULL OR "feeBps" BETWEEN 0 AND 10000);
ALTER TABLE "LedgerLine" ADD CONSTRAINT "LedgerLine_amount_nonzero" CHECK ("amountMinor" <> 0);

-- The ledger is append-only: a correction is a new journal.
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "LedgerJournal_append_only" BEFORE UPDATE OR DELETE ON "LedgerJournal"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER "LedgerLine_append_only" BEFORE UPDATE OR DELETE ON "LedgerLine"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

-- Every journal balances, checked at commit (lines are inserted one by one).
CREATE FUNCTION ledger_journal_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total bigint;
BEGIN
  SELECT COALESCE(SUM("amountMinor"), 0) INTO total FROM "LedgerLine" WHERE "journalId" = NEW."journalId";
  IF total <> 0 THEN
    RAISE EXCEPTION 'ledger journal % does not balance (sum %)', NEW."journalId", total
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER "LedgerLine_journal_balanced" AFTER INSERT ON "LedgerLine"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_journal_balanced();

-- The single settings row exists from the start.
INSERT INTO "PlatformSettings" ("id", "updatedAt") VALUES ('platform', now()) ON CONFLICT DO NOTHING;
