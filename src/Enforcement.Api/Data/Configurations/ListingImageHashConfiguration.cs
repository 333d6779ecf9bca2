using Enforcement.Api.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ListingImageHashConfiguration : IEntityTypeConfiguration<ListingImageHash>
{
    public void Configure(EntityTypeBuilder<ListingImageHash> b)
    {
        b.ToTable("ListingImageHashes");
        b.HasKey(h => new { h.ListingId, h.Hash });
        b.Property(h => h.Hash).HasMaxLength(128);
        b.HasOne<Listing>().WithMany().HasForeignKey(h => h.ListingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(h => h.Hash);
    }
}
