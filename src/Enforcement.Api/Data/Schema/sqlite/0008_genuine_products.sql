-- 0008: genuine-product reference data: brands, their genuine products and authorized sellers (sqlite).
-- Names are unique by their folded key (lower case, no diacritics, đ as d), computed by the app.

CREATE TABLE "Brands" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Brands" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    "Aliases" text NOT NULL,
    "Protected" INTEGER NOT NULL,
    "Owner" TEXT NULL,
    "Notes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "GenuineProducts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GenuineProducts" PRIMARY KEY AUTOINCREMENT,
    "BrandId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    "Keywords" text NOT NULL,
    "Category" TEXT NULL,
    "ReferencePriceMinVnd" INTEGER NULL,
    "ReferencePriceMaxVnd" INTEGER NULL,
    "IsOcop" INTEGER NOT NULL,
    "OcopStars" INTEGER NULL,
    "OcopProvince" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_GenuineProducts_Brands_BrandId" FOREIGN KEY ("BrandId") REFERENCES "Brands" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AuthorizedSellers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuthorizedSellers" PRIMARY KEY AUTOINCREMENT,
    "BrandId" INTEGER NOT NULL,
    "Platform" TEXT NOT NULL,
    "SellerPlatformId" TEXT NOT NULL,
    "SellerName" TEXT NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_AuthorizedSellers_Brands_BrandId" FOREIGN KEY ("BrandId") REFERENCES "Brands" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Brands_NameKey" ON "Brands" ("NameKey");

CREATE UNIQUE INDEX "IX_GenuineProducts_BrandId_NameKey" ON "GenuineProducts" ("BrandId", "NameKey");

CREATE UNIQUE INDEX "IX_AuthorizedSellers_BrandId_Platform_SellerPlatformId" ON "AuthorizedSellers" ("BrandId", "Platform", "SellerPlatformId");

CREATE INDEX "IX_AuthorizedSellers_Platform_SellerPlatformId" ON "AuthorizedSellers" ("Platform", "SellerPlatformId");
