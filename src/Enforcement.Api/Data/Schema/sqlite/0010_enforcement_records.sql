-- 0010: enforcement records that reports count: cases, violation records, penalty decisions, fine collections,
-- handoffs and complaint resolutions (sqlite). Written by the workflow hooks; reports never parse journals.

CREATE TABLE "EnforcementCases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EnforcementCases" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "TrackingCode" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "Result" TEXT NULL,
    "ProvinceCode" TEXT NULL,
    "WardCode" TEXT NULL,
    CONSTRAINT "FK_EnforcementCases_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_EnforcementCases_OpenedAt" ON "EnforcementCases" ("OpenedAt");
CREATE INDEX "IX_EnforcementCases_ClosedAt" ON "EnforcementCases" ("ClosedAt");
CREATE INDEX "IX_EnforcementCases_ComplaintId" ON "EnforcementCases" ("ComplaintId");

CREATE TABLE "ViolationRecords" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ViolationRecords" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "TrackingCode" TEXT NOT NULL,
    "InstanceId" INTEGER NOT NULL,
    "RecordNumber" TEXT NOT NULL,
    "RecordDate" TEXT NOT NULL,
    "GoodsCategory" TEXT NOT NULL,
    "ViolationCode" TEXT NOT NULL,
    "OffenderType" TEXT NOT NULL,
    "Online" INTEGER NOT NULL,
    "Platform" TEXT NULL,
    "GoodsDescription" TEXT NOT NULL,
    "GoodsValueVnd" INTEGER NOT NULL,
    "QuantitySeized" INTEGER NULL,
    "QuantityUnit" TEXT NULL,
    "ProvinceCode" TEXT NULL,
    "WardCode" TEXT NULL,
    "TeamCode" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ViolationRecords_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_ViolationRecords_RecordDate" ON "ViolationRecords" ("RecordDate");
CREATE INDEX "IX_ViolationRecords_ComplaintId" ON "ViolationRecords" ("ComplaintId");

CREATE TABLE "PenaltyDecisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PenaltyDecisions" PRIMARY KEY AUTOINCREMENT,
    "ViolationRecordId" INTEGER NOT NULL,
    "ComplaintId" INTEGER NOT NULL,
    "TrackingCode" TEXT NOT NULL,
    "InstanceId" INTEGER NOT NULL,
    "DecisionNumber" TEXT NOT NULL,
    "DecisionDate" TEXT NOT NULL,
    "ReceivedDate" TEXT NOT NULL,
    "FineVnd" INTEGER NOT NULL,
    "Confiscation" INTEGER NOT NULL,
    "Destruction" INTEGER NOT NULL,
    "ListingRemoval" INTEGER NOT NULL,
    "RemedialMeasures" TEXT NULL,
    "IssuedBy" TEXT NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PenaltyDecisions_ViolationRecords_ViolationRecordId" FOREIGN KEY ("ViolationRecordId") REFERENCES "ViolationRecords" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_PenaltyDecisions_DecisionDate" ON "PenaltyDecisions" ("DecisionDate");
CREATE INDEX "IX_PenaltyDecisions_ComplaintId" ON "PenaltyDecisions" ("ComplaintId");
CREATE INDEX "IX_PenaltyDecisions_ViolationRecordId" ON "PenaltyDecisions" ("ViolationRecordId");

CREATE TABLE "FineCollections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FineCollections" PRIMARY KEY AUTOINCREMENT,
    "PenaltyDecisionId" INTEGER NOT NULL,
    "ComplaintId" INTEGER NOT NULL,
    "TrackingCode" TEXT NOT NULL,
    "AmountVnd" INTEGER NOT NULL,
    "CollectedDate" TEXT NOT NULL,
    "ReceiptNumber" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_FineCollections_PenaltyDecisions_PenaltyDecisionId" FOREIGN KEY ("PenaltyDecisionId") REFERENCES "PenaltyDecisions" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_FineCollections_CollectedDate" ON "FineCollections" ("CollectedDate");
CREATE INDEX "IX_FineCollections_PenaltyDecisionId" ON "FineCollections" ("PenaltyDecisionId");

CREATE TABLE "Handoffs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Handoffs" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "TrackingCode" TEXT NOT NULL,
    "InstanceId" INTEGER NULL,
    "AgencyCode" TEXT NOT NULL,
    "AgencyKind" TEXT NOT NULL,
    "HandedAt" TEXT NOT NULL,
    "HandedBy" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AnsweredAt" TEXT NULL,
    "AnsweredBy" TEXT NULL,
    "Outcome" TEXT NULL,
    CONSTRAINT "FK_Handoffs_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Handoffs_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_Handoffs_HandedAt" ON "Handoffs" ("HandedAt");
CREATE INDEX "IX_Handoffs_ComplaintId_Status" ON "Handoffs" ("ComplaintId", "Status");
CREATE INDEX "IX_Handoffs_InstanceId" ON "Handoffs" ("InstanceId");

CREATE TABLE "ComplaintResolutions" (
    "ComplaintId" INTEGER NOT NULL CONSTRAINT "PK_ComplaintResolutions" PRIMARY KEY,
    "TrackingCode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ResolvedAt" TEXT NOT NULL,
    "OnTime" INTEGER NOT NULL,
    "Days" REAL NOT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_ComplaintResolutions_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_ComplaintResolutions_ResolvedAt" ON "ComplaintResolutions" ("ResolvedAt");
