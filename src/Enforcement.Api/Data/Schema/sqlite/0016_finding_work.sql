-- 0016: finding work (sqlite): folded search text and repeat-offender keys on complaints, an FTS5 trigram index over
-- the search text kept by triggers, the open-task deadline index, saved filters per user.
-- The app fills SearchText, BusinessKey and ShopKey on write and backfills rows that predate this script at start.

ALTER TABLE "Complaints" ADD COLUMN "SearchText" TEXT NULL;
ALTER TABLE "Complaints" ADD COLUMN "BusinessKey" TEXT NULL;
ALTER TABLE "Complaints" ADD COLUMN "ShopKey" TEXT NULL;
CREATE INDEX "IX_Complaints_BusinessKey" ON "Complaints" ("BusinessKey") WHERE "BusinessKey" IS NOT NULL;
CREATE INDEX "IX_Complaints_ShopKey" ON "Complaints" ("ShopKey") WHERE "ShopKey" IS NOT NULL;
CREATE INDEX "IX_Complaints_SubmittedAt_Id" ON "Complaints" ("SubmittedAt", "Id");
-- Finds the rows the start-up backfill still has to fill; empty once it has run.
CREATE INDEX "IX_Complaints_SearchText_Missing" ON "Complaints" ("Id") WHERE "SearchText" IS NULL;

-- Trigram: any substring of three characters or more is found from the index, in the middle of a word too.
CREATE VIRTUAL TABLE "ComplaintSearch" USING fts5("SearchText", content='Complaints', content_rowid='Id', tokenize='trigram');
CREATE TRIGGER "TR_Complaints_Search_Insert" AFTER INSERT ON "Complaints" WHEN new."SearchText" IS NOT NULL BEGIN
    INSERT INTO "ComplaintSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
END;
CREATE TRIGGER "TR_Complaints_Search_Delete" AFTER DELETE ON "Complaints" WHEN old."SearchText" IS NOT NULL BEGIN
    INSERT INTO "ComplaintSearch"("ComplaintSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
END;
CREATE TRIGGER "TR_Complaints_Search_Update" AFTER UPDATE OF "SearchText" ON "Complaints" BEGIN
    INSERT INTO "ComplaintSearch"("ComplaintSearch", rowid, "SearchText") SELECT 'delete', old."Id", old."SearchText" WHERE old."SearchText" IS NOT NULL;
    INSERT INTO "ComplaintSearch"(rowid, "SearchText") SELECT new."Id", new."SearchText" WHERE new."SearchText" IS NOT NULL;
END;

-- Sort by deadline walks open tasks in due order.
CREATE INDEX "IX_WorkflowTasks_Open_DueAt" ON "WorkflowTasks" ("DueAt", "Id") WHERE "Status" = 'open';

CREATE TABLE "SavedFilters" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SavedFilters" PRIMARY KEY AUTOINCREMENT,
    "UserName" TEXT NOT NULL,
    "List" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);
CREATE UNIQUE INDEX "IX_SavedFilters_UserName_List_Name" ON "SavedFilters" ("UserName", "List", "Name");
