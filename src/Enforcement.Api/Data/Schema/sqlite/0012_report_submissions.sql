-- 0012: submitted reports, frozen: figures, the outputs' bytes and hashes, versions; drafts of the scheduled job (sqlite).

CREATE TABLE "ReportSubmissions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReportSubmissions" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "FiguresJson" TEXT NOT NULL,
    "FiguresSha256" TEXT NOT NULL,
    "SubmittedBy" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "OnTime" INTEGER NOT NULL,
    "ChangesJson" TEXT NULL,
    "Reason" TEXT NULL
);
CREATE UNIQUE INDEX "IX_ReportSubmissions_Kind_Period_Version" ON "ReportSubmissions" ("Kind", "Period", "Version");

CREATE TABLE "ReportSubmissionFiles" (
    "SubmissionId" INTEGER NOT NULL,
    "Format" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "Content" BLOB NOT NULL,
    CONSTRAINT "PK_ReportSubmissionFiles" PRIMARY KEY ("SubmissionId", "Format"),
    CONSTRAINT "FK_ReportSubmissionFiles_ReportSubmissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "ReportSubmissions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ReportDrafts" (
    "Kind" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Notified" INTEGER NOT NULL,
    CONSTRAINT "PK_ReportDrafts" PRIMARY KEY ("Kind", "Period")
);

-- Frozen means frozen: a submission and its files are never changed or deleted.
CREATE TRIGGER "TR_ReportSubmissions_NoUpdate" BEFORE UPDATE ON "ReportSubmissions"
BEGIN SELECT RAISE(ABORT, 'submitted reports are frozen: UPDATE on ReportSubmissions refused'); END;
CREATE TRIGGER "TR_ReportSubmissions_NoDelete" BEFORE DELETE ON "ReportSubmissions"
BEGIN SELECT RAISE(ABORT, 'submitted reports are frozen: DELETE on ReportSubmissions refused'); END;
CREATE TRIGGER "TR_ReportSubmissionFiles_NoUpdate" BEFORE UPDATE ON "ReportSubmissionFiles"
BEGIN SELECT RAISE(ABORT, 'submitted reports are frozen: UPDATE on ReportSubmissionFiles refused'); END;
CREATE TRIGGER "TR_ReportSubmissionFiles_NoDelete" BEFORE DELETE ON "ReportSubmissionFiles"
BEGIN SELECT RAISE(ABORT, 'submitted reports are frozen: DELETE on ReportSubmissionFiles refused'); END;
