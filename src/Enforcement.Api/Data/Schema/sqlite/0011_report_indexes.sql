-- 0011: indexes that let a monthly report over a million cases read index ranges instead of whole tables.
-- Records per day with their category and goods value (trend, target, comparisons) come from the index alone.
DROP INDEX "IX_ViolationRecords_RecordDate";
CREATE INDEX "IX_ViolationRecords_RecordDate_GoodsCategory_GoodsValueVnd" ON "ViolationRecords" ("RecordDate", "GoodsCategory", "GoodsValueVnd");
-- Answers given in a period.
CREATE INDEX "IX_Handoffs_AnsweredAt" ON "Handoffs" ("AnsweredAt");
-- Complaints received in a period, by channel, category and ward.
CREATE INDEX "IX_Complaints_SubmittedAt_Channel_Category_WardCode" ON "Complaints" ("SubmittedAt", "Channel", "Category", "WardCode");
