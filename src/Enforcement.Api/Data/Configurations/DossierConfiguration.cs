using Enforcement.Api.Cases.Dossiers;
using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.HasOne<Complaint>().WithMany().HasForeignKey(d => d.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable("Dossiers");
        b.Property(d => d.AgencyCode).HasMaxLength(32);
        b.Property(d => d.ProcessId).HasMaxLength(100);
        b.Property(d => d.StepId).HasMaxLength(100);
        b.Property(d => d.Reason).HasMaxLength(4000);
        b.Property(d => d.SentBy).HasMaxLength(100);
        b.Property(d => d.SentByAgency).HasMaxLength(32);
        b.Property(d => d.SharePurpose).HasMaxLength(4000);
        b.HasIndex(d => new { d.ComplaintId, d.AgencyCode });
    }
}
