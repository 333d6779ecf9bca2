-- 0005: sign-in sessions kept on the server, and lockouts that grow (sqlite).

ALTER TABLE "StaffUsers" ADD COLUMN "LockoutCount" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "StaffSessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StaffSessions" PRIMARY KEY,
    "UserId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "EndedAt" TEXT NULL,
    CONSTRAINT "FK_StaffSessions_StaffUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "StaffUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_StaffSessions_UserId" ON "StaffSessions" ("UserId");
