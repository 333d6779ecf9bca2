-- 0004: unbounded case variables and journal data, timer incidents, the indexes the runtime's
-- queries need, and dead letters in the outbox (postgres).

ALTER TABLE "WorkflowInstances" ALTER COLUMN "Variables" TYPE jsonb USING "Variables"::jsonb;

ALTER TABLE "WorkflowJournal" ALTER COLUMN "Data" TYPE text;

ALTER TABLE "WorkflowTimers" ADD COLUMN "RetryAt" timestamp with time zone;

ALTER TABLE "WorkflowTimers" ADD COLUMN "IncidentAt" timestamp with time zone;

ALTER TABLE "WorkflowTimers" ADD CONSTRAINT "FK_WorkflowTimers_WorkflowTasks_TaskId"
    FOREIGN KEY ("TaskId") REFERENCES "WorkflowTasks" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_WorkflowTimers_TaskId" ON "WorkflowTimers" ("TaskId");

DROP INDEX "IX_WorkflowTimers_FiredAt_DueAt";

CREATE INDEX "IX_WorkflowTimers_Open_DueAt" ON "WorkflowTimers" ("DueAt")
    WHERE "FiredAt" IS NULL AND NOT "Cancelled" AND "IncidentAt" IS NULL;

ALTER TABLE "OutboxMessages" ADD COLUMN "DeadAt" timestamp with time zone;

ALTER TABLE "OutboxMessages" ADD COLUMN "CancelledAt" timestamp with time zone;

-- Messages that already used every attempt are dead letters now.
UPDATE "OutboxMessages" SET "DeadAt" = COALESCE("NextAttemptAt", "CreatedAt") WHERE "SentAt" IS NULL AND "Attempts" >= 12;

DROP INDEX "IX_OutboxMessages_SentAt_NextAttemptAt";

CREATE INDEX "IX_OutboxMessages_Due" ON "OutboxMessages" ("NextAttemptAt")
    WHERE "SentAt" IS NULL AND "DeadAt" IS NULL AND "CancelledAt" IS NULL;

-- A rejection reason may be as long as any form text (4,000 characters), and it becomes the public note.
ALTER TABLE "ComplaintStatusChanges" ALTER COLUMN "PublicNote" TYPE character varying(4000);
