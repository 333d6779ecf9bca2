-- 0001: reference data, agencies, staff identity and complaint intake (sqlite).
-- Generated from the EF model with `dotnet run -- schema-script sqlite`, then split by version.

CREATE TABLE "Agencies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Agencies" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "Kind" TEXT NOT NULL
);

CREATE TABLE "Provinces" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Provinces" PRIMARY KEY,
    "Name" TEXT NOT NULL
);

CREATE TABLE "ReferenceDataRevisions" (
    "DataSet" TEXT NOT NULL CONSTRAINT "PK_ReferenceDataRevisions" PRIMARY KEY,
    "Revision" TEXT NOT NULL,
    "LoadedAt" TEXT NOT NULL
);

CREATE TABLE "TrackingCounters" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_TrackingCounters" PRIMARY KEY,
    "LastValue" INTEGER NOT NULL
);

CREATE TABLE "Teams" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Teams" PRIMARY KEY AUTOINCREMENT,
    "AgencyId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_Teams_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Wards" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Wards" PRIMARY KEY,
    "ProvinceCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_Wards_Provinces_ProvinceCode" FOREIGN KEY ("ProvinceCode") REFERENCES "Provinces" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "StaffUsers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffUsers" PRIMARY KEY AUTOINCREMENT,
    "UserName" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "PasswordHash" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "AgencyId" INTEGER NOT NULL,
    "TeamId" INTEGER NULL,
    "IsActive" INTEGER NOT NULL,
    "FailedLoginCount" INTEGER NOT NULL,
    "LockoutEndsAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_StaffUsers_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_StaffUsers_Teams_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Teams" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Complaints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Complaints" PRIMARY KEY AUTOINCREMENT,
    "TrackingCode" TEXT NOT NULL,
    "AccessKeyHash" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Anonymous" INTEGER NOT NULL,
    "ComplainantFullName" TEXT NULL,
    "ComplainantPhone" TEXT NULL,
    "ComplainantEmail" TEXT NULL,
    "ComplainantAddress" TEXT NULL,
    "BusinessName" TEXT NULL,
    "BusinessAddress" TEXT NULL,
    "BusinessWebsite" TEXT NULL,
    "BusinessPlatform" TEXT NULL,
    "BusinessShopUrl" TEXT NULL,
    "ProductName" TEXT NULL,
    "ProductBrand" TEXT NULL,
    "ProductQrCode" TEXT NULL,
    "ProvinceCode" TEXT NOT NULL,
    "WardCode" TEXT NOT NULL,
    "PurchaseDate" TEXT NULL,
    "PurchaseAmountVnd" INTEGER NULL,
    "ConsentGivenAt" TEXT NOT NULL,
    "ConsentTextVersion" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Complaints_Wards_WardCode" FOREIGN KEY ("WardCode") REFERENCES "Wards" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "ComplaintAgencyGrants" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ComplaintAgencyGrants" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "AgencyId" INTEGER NOT NULL,
    "GrantedAt" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_ComplaintAgencyGrants_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ComplaintAgencyGrants_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ComplaintAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ComplaintAttachments" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ComplaintAttachments_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ComplaintListingUrls" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ComplaintListingUrls" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Url" TEXT NOT NULL,
    CONSTRAINT "FK_ComplaintListingUrls_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ComplaintStatusChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ComplaintStatusChanges" PRIMARY KEY AUTOINCREMENT,
    "ComplaintId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "PublicNote" TEXT NULL,
    CONSTRAINT "FK_ComplaintStatusChanges_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AttachmentContents" (
    "AttachmentId" INTEGER NOT NULL CONSTRAINT "PK_AttachmentContents" PRIMARY KEY,
    "Bytes" BLOB NOT NULL,
    CONSTRAINT "FK_AttachmentContents_ComplaintAttachments_AttachmentId" FOREIGN KEY ("AttachmentId") REFERENCES "ComplaintAttachments" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Agencies_Code" ON "Agencies" ("Code");

CREATE INDEX "IX_ComplaintAgencyGrants_AgencyId_ComplaintId" ON "ComplaintAgencyGrants" ("AgencyId", "ComplaintId");

CREATE INDEX "IX_ComplaintAgencyGrants_ComplaintId" ON "ComplaintAgencyGrants" ("ComplaintId");

CREATE INDEX "IX_ComplaintAttachments_ComplaintId" ON "ComplaintAttachments" ("ComplaintId");

CREATE UNIQUE INDEX "IX_ComplaintListingUrls_ComplaintId_Position" ON "ComplaintListingUrls" ("ComplaintId", "Position");

CREATE INDEX "IX_Complaints_Category_SubmittedAt" ON "Complaints" ("Category", "SubmittedAt");

CREATE INDEX "IX_Complaints_Status_SubmittedAt" ON "Complaints" ("Status", "SubmittedAt");

CREATE UNIQUE INDEX "IX_Complaints_TrackingCode" ON "Complaints" ("TrackingCode");

CREATE INDEX "IX_Complaints_WardCode" ON "Complaints" ("WardCode");

CREATE INDEX "IX_ComplaintStatusChanges_ComplaintId_At" ON "ComplaintStatusChanges" ("ComplaintId", "At");

CREATE INDEX "IX_StaffUsers_AgencyId" ON "StaffUsers" ("AgencyId");

CREATE INDEX "IX_StaffUsers_TeamId" ON "StaffUsers" ("TeamId");

CREATE UNIQUE INDEX "IX_StaffUsers_UserName" ON "StaffUsers" ("UserName");

CREATE INDEX "IX_Teams_AgencyId" ON "Teams" ("AgencyId");

CREATE UNIQUE INDEX "IX_Teams_Code" ON "Teams" ("Code");

CREATE INDEX "IX_Wards_ProvinceCode" ON "Wards" ("ProvinceCode");
