using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ComplaintStatusChangeConfiguration : IEntityTypeConfiguration<ComplaintStatusChange>
{
    public void Configure(EntityTypeBuilder<ComplaintStatusChange> b)
    {
        b.ToTable("ComplaintStatusChanges");
        b.Property(h => h.Status).HasMaxLength(32);
        b.Property(h => h.PublicNote).HasMaxLength(4000); // a rejection reason may be as long as any form text
        b.HasIndex(h => new { h.ComplaintId, h.At });
    }
}
