using Enforcement.Api.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ListingIndexQueueEntryConfiguration : IEntityTypeConfiguration<ListingIndexQueueEntry>
{
    public void Configure(EntityTypeBuilder<ListingIndexQueueEntry> b)
    {
        // No foreign key: the queue outlives nothing it must keep, and the indexer reads the listing when it runs.
        b.ToTable("ListingIndexQueue");
        b.HasKey(q => q.ListingId);
        b.Property(q => q.ListingId).ValueGeneratedNever();
        b.Property(q => q.LeaseOwner).HasMaxLength(100);
        b.Property(q => q.LastError).HasMaxLength(1000);
        b.HasIndex(q => q.EnqueuedAt);
    }
}
