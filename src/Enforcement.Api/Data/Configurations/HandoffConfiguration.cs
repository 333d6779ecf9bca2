using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class HandoffConfiguration : IEntityTypeConfiguration<Handoff>
{
    public void Configure(EntityTypeBuilder<Handoff> b)
    {
        b.HasOne<Complaint>().WithMany().HasForeignKey(h => h.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(h => h.Instance).WithMany().HasForeignKey(h => h.InstanceId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable("Handoffs");
        b.Property(h => h.TrackingCode).HasMaxLength(32);
        b.Property(h => h.AgencyCode).HasMaxLength(32);
        b.Property(h => h.AgencyKind).HasMaxLength(32);
        b.Property(h => h.HandedBy).HasMaxLength(100);
        b.Property(h => h.Status).HasMaxLength(32);
        b.Property(h => h.AnsweredBy).HasMaxLength(100);
        b.HasIndex(h => h.HandedAt);
        b.HasIndex(h => h.AnsweredAt);
        b.HasIndex(h => new { h.ComplaintId, h.Status });
    }
}
