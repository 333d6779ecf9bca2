-- 0014: internal notes on a case and files given with a task's outcome; both append-only (sqlite).

CREATE TABLE "CaseNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CaseNotes" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "Body" TEXT NOT NULL,
    "AuthorUserName" TEXT NOT NULL,
    "AuthorFullName" TEXT NOT NULL,
    "AuthorRole" TEXT NOT NULL,
    "AuthorAgency" TEXT NOT NULL,
    "WrittenAt" TEXT NOT NULL,
    "JournalMark" INTEGER NOT NULL,
    CONSTRAINT "FK_CaseNotes_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_CaseNotes_ComplaintId_Id" ON "CaseNotes" ("ComplaintId", "Id");

CREATE TABLE "TaskFiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TaskFiles" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "TaskId" INTEGER NOT NULL,
    "JournalEntryId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_TaskFiles_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_TaskFiles_WorkflowTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "WorkflowTasks" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_TaskFiles_ComplaintId_Id" ON "TaskFiles" ("ComplaintId", "Id");

CREATE TABLE "TaskFileContents" (
    "FileId" INTEGER NOT NULL CONSTRAINT "PK_TaskFileContents" PRIMARY KEY,
    "Bytes" BLOB NOT NULL,
    CONSTRAINT "FK_TaskFileContents_TaskFiles_FileId" FOREIGN KEY ("FileId") REFERENCES "TaskFiles" ("Id") ON DELETE RESTRICT
);

CREATE TRIGGER "TR_CaseNotes_NoUpdate" BEFORE UPDATE ON "CaseNotes"
BEGIN SELECT RAISE(ABORT, 'the case file is append-only: UPDATE on CaseNotes refused'); END;

CREATE TRIGGER "TR_CaseNotes_NoDelete" BEFORE DELETE ON "CaseNotes"
BEGIN SELECT RAISE(ABORT, 'the case file is append-only: DELETE on CaseNotes refused'); END;

CREATE TRIGGER "TR_TaskFiles_NoUpdate" BEFORE UPDATE ON "TaskFiles"
BEGIN SELECT RAISE(ABORT, 'the case file is append-only: UPDATE on TaskFiles refused'); END;

CREATE TRIGGER "TR_TaskFiles_NoDelete" BEFORE DELETE ON "TaskFiles"
BEGIN SELECT RAISE(ABORT, 'the case file is append-only: DELETE on TaskFiles refused'); END;
