using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> b)
    {
        b.HasOne<Complaint>().WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable("EnforcementCases");
        b.Property(c => c.TrackingCode).HasMaxLength(32);
        b.Property(c => c.Result).HasMaxLength(64);
        b.Property(c => c.ProvinceCode).HasMaxLength(16);
        b.Property(c => c.WardCode).HasMaxLength(16);
        b.HasIndex(c => c.OpenedAt);
        b.HasIndex(c => c.ClosedAt);
        b.HasIndex(c => c.ComplaintId);
    }
}
