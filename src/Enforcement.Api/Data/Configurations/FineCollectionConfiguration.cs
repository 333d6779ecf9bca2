using Enforcement.Api.Cases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class FineCollectionConfiguration : IEntityTypeConfiguration<FineCollection>
{
    public void Configure(EntityTypeBuilder<FineCollection> b)
    {
        b.ToTable("FineCollections");
        b.Property(c => c.TrackingCode).HasMaxLength(32);
        b.Property(c => c.ReceiptNumber).HasMaxLength(100);
        b.Property(c => c.RecordedBy).HasMaxLength(100);
        b.HasOne<PenaltyDecision>().WithMany().HasForeignKey(c => c.PenaltyDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.CollectedDate);
    }
}
