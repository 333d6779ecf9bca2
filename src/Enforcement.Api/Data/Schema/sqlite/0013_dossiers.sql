-- What travels with a handed-over file: the sender's reason and the contact sharing (who, when, purpose).
CREATE TABLE "Dossiers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Dossiers" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "AgencyCode" TEXT NOT NULL,
    "ProcessId" TEXT NOT NULL,
    "StepId" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "SentBy" TEXT NOT NULL,
    "SentByAgency" TEXT NULL,
    "SentAt" TEXT NOT NULL,
    "ContactShared" INTEGER NOT NULL,
    "SharePurpose" TEXT NULL,
    CONSTRAINT "FK_Dossiers_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_Dossiers_ComplaintId_AgencyCode" ON "Dossiers" ("ComplaintId", "AgencyCode");
