-- 0007: marketplace listings, their image hashes, history, links to cases and captures, and the search index queue (sqlite).

CREATE TABLE "Listings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Listings" PRIMARY KEY AUTOINCREMENT,
    "Platform" TEXT NOT NULL,
    "PlatformListingId" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "PriceVnd" INTEGER NULL,
    "OriginalPriceVnd" INTEGER NULL,
    "Brand" TEXT NULL,
    "Category" TEXT NULL,
    "SellerPlatformId" TEXT NULL,
    "SellerName" TEXT NULL,
    "SellerShopUrl" TEXT NULL,
    "SellerProvince" TEXT NULL,
    "SellerWard" TEXT NULL,
    "SellerKey" TEXT NULL,
    "TitleFingerprint" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "FirstSeenAt" TEXT NOT NULL,
    "LastSeenAt" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "RiskScore" INTEGER NOT NULL DEFAULT 0,
    "RiskBand" TEXT NOT NULL DEFAULT 'low',
    "RiskFactorsJson" text NULL,
    "RiskComputedAt" TEXT NULL
);

CREATE TABLE "ListingImageHashes" (
    "ListingId" INTEGER NOT NULL,
    "Hash" TEXT NOT NULL,
    CONSTRAINT "PK_ListingImageHashes" PRIMARY KEY ("ListingId", "Hash"),
    CONSTRAINT "FK_ListingImageHashes_Listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "Listings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListingSnapshots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ListingSnapshots" PRIMARY KEY AUTOINCREMENT,
    "ListingId" INTEGER NOT NULL,
    "SeenAt" TEXT NOT NULL,
    "PriceVnd" INTEGER NULL,
    "Title" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "FK_ListingSnapshots_Listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "Listings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListingLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ListingLinks" PRIMARY KEY AUTOINCREMENT,
    "ListingId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "ComplaintId" INTEGER NULL,
    "EvidenceCaptureId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_ListingLinks_Listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "Listings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ListingLinks_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ListingLinks_EvidenceCaptures_EvidenceCaptureId" FOREIGN KEY ("EvidenceCaptureId") REFERENCES "EvidenceCaptures" ("Id") ON DELETE RESTRICT
);

-- No foreign key: the indexer reads the listing when it runs (and drops the entry of one that is gone).
CREATE TABLE "ListingIndexQueue" (
    "ListingId" INTEGER NOT NULL CONSTRAINT "PK_ListingIndexQueue" PRIMARY KEY,
    "Revision" INTEGER NOT NULL,
    "EnqueuedAt" TEXT NOT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseExpiresAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Listings_Platform_PlatformListingId" ON "Listings" ("Platform", "PlatformListingId");
CREATE INDEX "IX_Listings_SellerKey" ON "Listings" ("SellerKey");
CREATE INDEX "IX_Listings_Brand" ON "Listings" ("Brand");
CREATE INDEX "IX_Listings_Url" ON "Listings" ("Url");
CREATE INDEX "IX_Listings_TitleFingerprint" ON "Listings" ("TitleFingerprint");
CREATE INDEX "IX_ListingImageHashes_Hash" ON "ListingImageHashes" ("Hash");
CREATE INDEX "IX_ListingSnapshots_ListingId_SeenAt" ON "ListingSnapshots" ("ListingId", "SeenAt");
CREATE UNIQUE INDEX "IX_ListingLinks_ListingId_ComplaintId" ON "ListingLinks" ("ListingId", "ComplaintId") WHERE "ComplaintId" IS NOT NULL;
CREATE UNIQUE INDEX "IX_ListingLinks_ListingId_EvidenceCaptureId" ON "ListingLinks" ("ListingId", "EvidenceCaptureId") WHERE "EvidenceCaptureId" IS NOT NULL;
CREATE INDEX "IX_ListingLinks_ComplaintId" ON "ListingLinks" ("ComplaintId");
CREATE INDEX "IX_ListingLinks_EvidenceCaptureId" ON "ListingLinks" ("EvidenceCaptureId");
CREATE INDEX "IX_ListingIndexQueue_EnqueuedAt" ON "ListingIndexQueue" ("EnqueuedAt");
