using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ViolationRecordConfiguration : IEntityTypeConfiguration<ViolationRecord>
{
    public void Configure(EntityTypeBuilder<ViolationRecord> b)
    {
        b.HasOne<Complaint>().WithMany().HasForeignKey(r => r.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable("ViolationRecords");
        b.Property(r => r.TrackingCode).HasMaxLength(32);
        b.Property(r => r.RecordNumber).HasMaxLength(100);
        b.Property(r => r.GoodsCategory).HasMaxLength(32);
        b.Property(r => r.ViolationCode).HasMaxLength(64);
        b.Property(r => r.OffenderType).HasMaxLength(32);
        b.Property(r => r.Platform).HasMaxLength(64);
        b.Property(r => r.QuantityUnit).HasMaxLength(64);
        b.Property(r => r.ProvinceCode).HasMaxLength(16);
        b.Property(r => r.WardCode).HasMaxLength(16);
        b.Property(r => r.TeamCode).HasMaxLength(64);
        b.Property(r => r.RecordedBy).HasMaxLength(100);
        // Covers the reports' per-day counts (trend, target) so they never read the table (0012).
        b.HasIndex(r => new { r.RecordDate, r.GoodsCategory, r.GoodsValueVnd });
        b.HasIndex(r => r.ComplaintId);
    }
}
