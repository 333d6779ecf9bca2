-- 0005: sign-in sessions kept on the server, and lockouts that grow (postgres).

ALTER TABLE "StaffUsers" ADD COLUMN "LockoutCount" integer NOT NULL DEFAULT 0;

ALTER TABLE "StaffUsers" ALTER COLUMN "LockoutCount" DROP DEFAULT;

CREATE TABLE "StaffSessions" (
    "Id" character varying(64) NOT NULL,
    "UserId" integer NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "EndedAt" timestamp with time zone,
    CONSTRAINT "PK_StaffSessions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_StaffSessions_StaffUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "StaffUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_StaffSessions_UserId" ON "StaffSessions" ("UserId");
