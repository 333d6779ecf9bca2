using Enforcement.Api.Reports.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> b)
    {
        b.ToTable("ReportSubmissions");
        b.Property(s => s.Kind).HasMaxLength(16);
        b.Property(s => s.Period).HasMaxLength(7);
        // Figures and changes grow with the breakdowns: unbounded text, not the 4000-character default.
        b.Property(s => s.FiguresJson).HasColumnType("text");
        b.Property(s => s.ChangesJson).HasColumnType("text");
        b.Property(s => s.FiguresSha256).HasMaxLength(64);
        b.Property(s => s.SubmittedBy).HasMaxLength(100);
        b.Property(s => s.Reason).HasMaxLength(2000);
        b.HasIndex(s => new { s.Kind, s.Period, s.Version }).IsUnique();
    }
}

internal sealed class ReportSubmissionFileConfiguration : IEntityTypeConfiguration<ReportSubmissionFile>
{
    public void Configure(EntityTypeBuilder<ReportSubmissionFile> b)
    {
        b.ToTable("ReportSubmissionFiles");
        b.HasKey(f => new { f.SubmissionId, f.Format });
        b.Property(f => f.Format).HasMaxLength(8);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.HasOne(f => f.Submission).WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportDraftConfiguration : IEntityTypeConfiguration<ReportDraft>
{
    public void Configure(EntityTypeBuilder<ReportDraft> b)
    {
        b.ToTable("ReportDrafts");
        b.HasKey(d => new { d.Kind, d.Period });
        b.Property(d => d.Kind).HasMaxLength(16);
        b.Property(d => d.Period).HasMaxLength(7);
    }
}
