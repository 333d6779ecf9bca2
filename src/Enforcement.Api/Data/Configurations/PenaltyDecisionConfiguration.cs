using Enforcement.Api.Cases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class PenaltyDecisionConfiguration : IEntityTypeConfiguration<PenaltyDecision>
{
    public void Configure(EntityTypeBuilder<PenaltyDecision> b)
    {
        b.ToTable("PenaltyDecisions");
        b.Property(d => d.TrackingCode).HasMaxLength(32);
        b.Property(d => d.DecisionNumber).HasMaxLength(100);
        b.Property(d => d.RemedialMeasures).HasMaxLength(400);
        b.Property(d => d.IssuedBy).HasMaxLength(100);
        b.HasOne<ViolationRecord>().WithMany().HasForeignKey(d => d.ViolationRecordId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.DecisionDate);
        b.HasIndex(d => d.ComplaintId);
    }
}
