-- 0012: indexes for the monthly report (sqlite). A month's complaints are found by their submission instant
-- (IX_Complaints_Status_SubmittedAt needs a status first, so the report scanned every complaint), and the 24-month
-- trend and the target read every record's day, category and goods value from the index alone.

CREATE INDEX "IX_Complaints_SubmittedAt" ON "Complaints" ("SubmittedAt");

DROP INDEX "IX_ViolationRecords_RecordDate";
CREATE INDEX "IX_ViolationRecords_RecordDate_GoodsCategory_GoodsValueVnd" ON "ViolationRecords" ("RecordDate", "GoodsCategory", "GoodsValueVnd");
