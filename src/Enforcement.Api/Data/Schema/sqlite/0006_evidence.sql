-- 0006: web evidence: captures, their artifacts and the custody log; the database keeps them append-only (sqlite).

CREATE TABLE "EvidenceCaptures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EvidenceCaptures" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "RequestedUrl" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "PreviousCaptureId" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseExpiresAt" TEXT NULL,
    "FailureReason" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "FinalUrl" TEXT NULL,
    "ManifestJson" text NULL,
    "ManifestSha256" TEXT NULL,
    "Signature" TEXT NULL,
    "Timestamp" text NULL,
    "SigningKeyFingerprint" TEXT NULL,
    "ListingJson" text NULL,
    CONSTRAINT "FK_EvidenceCaptures_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EvidenceCaptures_EvidenceCaptures_PreviousCaptureId" FOREIGN KEY ("PreviousCaptureId") REFERENCES "EvidenceCaptures" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EvidenceArtifacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EvidenceArtifacts" PRIMARY KEY AUTOINCREMENT,
    "CaptureId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "MediaType" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    CONSTRAINT "FK_EvidenceArtifacts_EvidenceCaptures_CaptureId" FOREIGN KEY ("CaptureId") REFERENCES "EvidenceCaptures" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EvidenceCustodyEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EvidenceCustodyEntries" PRIMARY KEY AUTOINCREMENT,
    "CaptureId" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    CONSTRAINT "FK_EvidenceCustodyEntries_EvidenceCaptures_CaptureId" FOREIGN KEY ("CaptureId") REFERENCES "EvidenceCaptures" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_EvidenceArtifacts_CaptureId_Kind" ON "EvidenceArtifacts" ("CaptureId", "Kind");

CREATE INDEX "IX_EvidenceCaptures_ComplaintId" ON "EvidenceCaptures" ("ComplaintId");

CREATE INDEX "IX_EvidenceCaptures_Due" ON "EvidenceCaptures" ("NextAttemptAt") WHERE "Status" IN ('queued', 'running');

CREATE INDEX "IX_EvidenceCaptures_PreviousCaptureId" ON "EvidenceCaptures" ("PreviousCaptureId");

CREATE UNIQUE INDEX "IX_EvidenceCustodyEntries_CaptureId_Sequence" ON "EvidenceCustodyEntries" ("CaptureId", "Sequence");

-- Evidence is never changed or deleted through any client: the log and the artifacts refuse it outright,
-- a capture once its manifest is signed.
CREATE TRIGGER "TR_EvidenceCustodyEntries_NoUpdate" BEFORE UPDATE ON "EvidenceCustodyEntries"
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: UPDATE on EvidenceCustodyEntries refused'); END;

CREATE TRIGGER "TR_EvidenceCustodyEntries_NoDelete" BEFORE DELETE ON "EvidenceCustodyEntries"
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: DELETE on EvidenceCustodyEntries refused'); END;

CREATE TRIGGER "TR_EvidenceArtifacts_NoUpdate" BEFORE UPDATE ON "EvidenceArtifacts"
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: UPDATE on EvidenceArtifacts refused'); END;

CREATE TRIGGER "TR_EvidenceArtifacts_NoDelete" BEFORE DELETE ON "EvidenceArtifacts"
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: DELETE on EvidenceArtifacts refused'); END;

CREATE TRIGGER "TR_EvidenceCaptures_SealedUpdate" BEFORE UPDATE ON "EvidenceCaptures" WHEN OLD."ManifestSha256" IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: UPDATE on a signed capture refused'); END;

CREATE TRIGGER "TR_EvidenceCaptures_SealedDelete" BEFORE DELETE ON "EvidenceCaptures" WHEN OLD."ManifestSha256" IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: DELETE on a signed capture refused'); END;
