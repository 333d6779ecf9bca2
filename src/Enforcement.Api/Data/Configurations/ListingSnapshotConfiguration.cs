using Enforcement.Api.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ListingSnapshotConfiguration : IEntityTypeConfiguration<ListingSnapshot>
{
    public void Configure(EntityTypeBuilder<ListingSnapshot> b)
    {
        b.ToTable("ListingSnapshots");
        b.HasKey(s => s.Id);
        b.Property(s => s.Title).HasMaxLength(500);
        b.Property(s => s.Status).HasMaxLength(16);
        b.Property(s => s.Source).HasMaxLength(16);
        b.HasOne<Listing>().WithMany().HasForeignKey(s => s.ListingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ListingId, s.SeenAt });
    }
}
