using Enforcement.Api.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class CustodyEntryConfiguration : IEntityTypeConfiguration<CustodyEntry>
{
    public void Configure(EntityTypeBuilder<CustodyEntry> b)
    {
        b.ToTable("EvidenceCustodyEntries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Action).HasMaxLength(32);
        b.Property(e => e.Actor).HasMaxLength(100);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasOne<EvidenceCapture>().WithMany().HasForeignKey(e => e.CaptureId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.CaptureId, e.Sequence }).IsUnique();
    }
}
