-- 0003: the workflow runtime's tables: instances, tasks, timers, journal and archived journals (sqlite).

CREATE TABLE "WorkflowInstances" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY AUTOINCREMENT,
    "DefinitionId" TEXT NOT NULL,
    "DefinitionVersion" INTEGER NOT NULL,
    "CorrelationId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CurrentStepId" TEXT NULL,
    "ResumeStepId" TEXT NULL,
    "Variables" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "CompletedAt" TEXT NULL,
    "Result" TEXT NULL,
    "Revision" INTEGER NOT NULL
);

CREATE TABLE "WorkflowJournal" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowJournal" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "StepId" TEXT NULL,
    "Actor" TEXT NULL,
    "Outcome" TEXT NULL,
    "Comment" TEXT NULL,
    "Data" TEXT NULL,
    CONSTRAINT "FK_WorkflowJournal_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WorkflowJournalArchives" (
    "InstanceId" INTEGER NOT NULL CONSTRAINT "PK_WorkflowJournalArchives" PRIMARY KEY,
    "ArchivedAt" TEXT NOT NULL,
    "EntryCount" INTEGER NOT NULL,
    "Compressed" BLOB NOT NULL,
    CONSTRAINT "FK_WorkflowJournalArchives_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WorkflowTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowTasks" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" INTEGER NOT NULL,
    "StepId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Agency" TEXT NULL,
    "Team" TEXT NULL,
    "Role" TEXT NULL,
    "AssignedUser" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DueAt" TEXT NULL,
    "Escalated" INTEGER NOT NULL,
    "Extensions" INTEGER NOT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedBy" TEXT NULL,
    "Outcome" TEXT NULL,
    "Revision" INTEGER NOT NULL,
    CONSTRAINT "FK_WorkflowTasks_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WorkflowTimers" (
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
    CONSTRAINT "FK_WorkflowTimers_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_WorkflowInstances_CorrelationId" ON "WorkflowInstances" ("CorrelationId");

CREATE INDEX "IX_WorkflowInstances_Status_DefinitionId" ON "WorkflowInstances" ("Status", "DefinitionId");

CREATE INDEX "IX_WorkflowJournal_InstanceId_Id" ON "WorkflowJournal" ("InstanceId", "Id");

CREATE INDEX "IX_WorkflowTasks_InstanceId" ON "WorkflowTasks" ("InstanceId");

CREATE INDEX "IX_WorkflowTasks_Status_Agency_DueAt" ON "WorkflowTasks" ("Status", "Agency", "DueAt");

CREATE INDEX "IX_WorkflowTasks_Status_AssignedUser" ON "WorkflowTasks" ("Status", "AssignedUser");

CREATE INDEX "IX_WorkflowTimers_FiredAt_DueAt" ON "WorkflowTimers" ("FiredAt", "DueAt");

CREATE INDEX "IX_WorkflowTimers_InstanceId" ON "WorkflowTimers" ("InstanceId");
