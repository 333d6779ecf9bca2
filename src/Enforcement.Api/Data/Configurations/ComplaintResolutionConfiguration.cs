using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ComplaintResolutionConfiguration : IEntityTypeConfiguration<ComplaintResolution>
{
    public void Configure(EntityTypeBuilder<ComplaintResolution> b)
    {
        b.HasOne<Complaint>().WithMany().HasForeignKey(r => r.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable("ComplaintResolutions");
        b.HasKey(r => r.ComplaintId);
        b.Property(r => r.ComplaintId).ValueGeneratedNever();
        b.Property(r => r.TrackingCode).HasMaxLength(32);
        b.Property(r => r.Status).HasMaxLength(32);
        b.HasIndex(r => r.ResolvedAt);
    }
}
