using Enforcement.Api.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> b)
    {
        b.ToTable("Listings");
        b.HasKey(l => l.Id);
        b.Property(l => l.Platform).HasMaxLength(32);
        b.Property(l => l.PlatformListingId).HasMaxLength(100);
        b.Property(l => l.Url).HasMaxLength(2048);
        b.Property(l => l.Title).HasMaxLength(500);
        b.Property(l => l.Description).HasMaxLength(10000);
        b.Property(l => l.Brand).HasMaxLength(200);
        b.Property(l => l.Category).HasMaxLength(200);
        b.Property(l => l.SellerPlatformId).HasMaxLength(100);
        b.Property(l => l.SellerName).HasMaxLength(200);
        b.Property(l => l.SellerShopUrl).HasMaxLength(2048);
        b.Property(l => l.SellerProvince).HasMaxLength(100);
        b.Property(l => l.SellerWard).HasMaxLength(100);
        b.Property(l => l.SellerKey).HasMaxLength(140);
        b.Property(l => l.TitleFingerprint).HasMaxLength(16);
        b.Property(l => l.Status).HasMaxLength(16);
        b.Property(l => l.RiskScore).HasDefaultValue(0);
        b.Property(l => l.RiskBand).HasMaxLength(16).HasDefaultValue("low");
        b.Property(l => l.RiskFactorsJson).HasColumnType("text");
        b.HasIndex(l => new { l.Platform, l.PlatformListingId }).IsUnique();
        b.HasIndex(l => l.SellerKey);
        b.HasIndex(l => l.Brand);
        b.HasIndex(l => l.Url);
        b.HasIndex(l => l.TitleFingerprint);
    }
}
