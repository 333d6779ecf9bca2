-- 0004: timer incidents, the indexes the runtime's queries need, and dead letters in the outbox (sqlite).
-- SQLite's TEXT columns are already unbounded. Adding a foreign key means rebuilding the timers table.

CREATE TABLE "WorkflowTimers_new" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowTimers" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "TaskId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "StepId" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "FiredAt" TEXT NULL,
    "Cancelled" INTEGER NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseExpiresAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "RetryAt" TEXT NULL,
    "IncidentAt" TEXT NULL,
    CONSTRAINT "FK_WorkflowTimers_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WorkflowTimers_WorkflowTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "WorkflowTasks" ("Id") ON DELETE RESTRICT
);

INSERT INTO "WorkflowTimers_new" ("Id", "InstanceId", "TaskId", "Kind", "StepId", "DueAt", "FiredAt", "Cancelled", "LeaseOwner", "LeaseExpiresAt", "Attempts", "LastError")
SELECT "Id", "InstanceId", "TaskId", "Kind", "StepId", "DueAt", "FiredAt", "Cancelled", "LeaseOwner", "LeaseExpiresAt", "Attempts", "LastError" FROM "WorkflowTimers";

DROP TABLE "WorkflowTimers";

ALTER TABLE "WorkflowTimers_new" RENAME TO "WorkflowTimers";

CREATE INDEX "IX_WorkflowTimers_InstanceId" ON "WorkflowTimers" ("InstanceId");

CREATE INDEX "IX_WorkflowTimers_TaskId" ON "WorkflowTimers" ("TaskId");

CREATE INDEX "IX_WorkflowTimers_Open_DueAt" ON "WorkflowTimers" ("DueAt")
    WHERE "FiredAt" IS NULL AND NOT "Cancelled" AND "IncidentAt" IS NULL;

ALTER TABLE "OutboxMessages" ADD COLUMN "DeadAt" TEXT NULL;

ALTER TABLE "OutboxMessages" ADD COLUMN "CancelledAt" TEXT NULL;

-- Messages that already used every attempt are dead letters now.
UPDATE "OutboxMessages" SET "DeadAt" = COALESCE("NextAttemptAt", "CreatedAt") WHERE "SentAt" IS NULL AND "Attempts" >= 12;

DROP INDEX "IX_OutboxMessages_SentAt_NextAttemptAt";

CREATE INDEX "IX_OutboxMessages_Due" ON "OutboxMessages" ("NextAttemptAt")
    WHERE "SentAt" IS NULL AND "DeadAt" IS NULL AND "CancelledAt" IS NULL;
