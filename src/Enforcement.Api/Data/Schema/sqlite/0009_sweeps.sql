-- 0009: sweeps: saved listing searches run on a schedule, their runs and the listings they matched (sqlite).

CREATE TABLE "Sweeps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sweeps" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "OwnerUserName" TEXT NOT NULL,
    "QueryJson" TEXT NOT NULL,
    "IntervalMinutes" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "NextRunAt" TEXT NOT NULL,
    "LastRunAt" TEXT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseExpiresAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE INDEX "IX_Sweeps_Active_NextRunAt" ON "Sweeps" ("Active", "NextRunAt");

CREATE TABLE "SweepRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SweepRuns" PRIMARY KEY AUTOINCREMENT,
    "SweepId" INTEGER NOT NULL,
    "RanAt" TEXT NOT NULL,
    "Total" INTEGER NOT NULL,
    "NewMatches" INTEGER NOT NULL,
    "Error" TEXT NULL,
    CONSTRAINT "FK_SweepRuns_Sweeps_SweepId" FOREIGN KEY ("SweepId") REFERENCES "Sweeps" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_SweepRuns_SweepId_RanAt" ON "SweepRuns" ("SweepId", "RanAt");

CREATE TABLE "SweepMatches" (
    "SweepId" INTEGER NOT NULL,
    "ListingId" INTEGER NOT NULL,
    "FirstRunId" INTEGER NOT NULL,
    "MatchedAt" TEXT NOT NULL,
    CONSTRAINT "PK_SweepMatches" PRIMARY KEY ("SweepId", "ListingId"),
    CONSTRAINT "FK_SweepMatches_Sweeps_SweepId" FOREIGN KEY ("SweepId") REFERENCES "Sweeps" ("Id") ON DELETE RESTRICT
);
