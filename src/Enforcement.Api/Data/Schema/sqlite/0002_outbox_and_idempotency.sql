-- 0002: notification outbox, idempotent submissions, shared Data Protection keys,
-- and the time of the last status change on complaints (sqlite).

ALTER TABLE "Complaints" ADD COLUMN "StatusChangedAt" TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';

-- Existing complaints last changed status when they were submitted.
UPDATE "Complaints" SET "StatusChangedAt" = "SubmittedAt";

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NOT NULL,
    "Xml" TEXT NOT NULL
);

CREATE TABLE "IdempotencyRecords" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY,
    "RequestHash" TEXT NOT NULL,
    "ComplaintId" INTEGER NOT NULL,
    "ProtectedResponse" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "Recipient" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseExpiresAt" TEXT NULL,
    "SentAt" TEXT NULL,
    "LastError" TEXT NULL
);

CREATE INDEX "IX_IdempotencyRecords_CreatedAt" ON "IdempotencyRecords" ("CreatedAt");

CREATE INDEX "IX_OutboxMessages_SentAt_NextAttemptAt" ON "OutboxMessages" ("SentAt", "NextAttemptAt");
