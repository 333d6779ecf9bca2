using Enforcement.Api.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class EvidenceArtifactConfiguration : IEntityTypeConfiguration<EvidenceArtifact>
{
    public void Configure(EntityTypeBuilder<EvidenceArtifact> b)
    {
        b.ToTable("EvidenceArtifacts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Kind).HasMaxLength(16);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.MediaType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.HasIndex(a => new { a.CaptureId, a.Kind }).IsUnique();
    }
}
