using Enforcement.Api.Complaints;
using Enforcement.Api.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class EvidenceCaptureConfiguration : IEntityTypeConfiguration<EvidenceCapture>
{
    public void Configure(EntityTypeBuilder<EvidenceCapture> b)
    {
        b.ToTable("EvidenceCaptures");
        b.HasKey(c => c.Id);
        b.Property(c => c.RequestedUrl).HasMaxLength(2048);
        b.Property(c => c.Status).HasMaxLength(16);
        b.Property(c => c.RequestedBy).HasMaxLength(100);
        b.Property(c => c.LeaseOwner).HasMaxLength(100);
        b.Property(c => c.FailureReason).HasMaxLength(1000);
        b.Property(c => c.FinalUrl).HasMaxLength(2048);
        b.Property(c => c.ManifestJson).HasColumnType("text");
        b.Property(c => c.ManifestSha256).HasMaxLength(64);
        b.Property(c => c.Signature).HasMaxLength(200);
        b.Property(c => c.Timestamp).HasColumnType("text");
        b.Property(c => c.SigningKeyFingerprint).HasMaxLength(100);
        b.Property(c => c.ListingJson).HasColumnType("text");
        b.HasOne(c => c.Complaint).WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvidenceCapture>().WithMany().HasForeignKey(c => c.PreviousCaptureId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Artifacts).WithOne().HasForeignKey(a => a.CaptureId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ComplaintId);
        b.HasIndex(c => c.PreviousCaptureId);
        b.HasIndex(c => c.NextAttemptAt).HasDatabaseName("IX_EvidenceCaptures_Due").HasFilter("\"Status\" IN ('queued', 'running')");
    }
}
