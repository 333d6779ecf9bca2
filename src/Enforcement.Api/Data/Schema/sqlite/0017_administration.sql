-- 0017: the administrators' audit trail: who changed which user, team or agency, when, field by field (sqlite).

CREATE TABLE "AdminAuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AdminAuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "ActorUserName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "TargetKind" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "ChangesJson" TEXT NOT NULL
);

CREATE INDEX "IX_AdminAuditEntries_At" ON "AdminAuditEntries" ("At");
CREATE INDEX "IX_AdminAuditEntries_ActorUserName" ON "AdminAuditEntries" ("ActorUserName");
CREATE INDEX "IX_AdminAuditEntries_Target" ON "AdminAuditEntries" ("Target");
