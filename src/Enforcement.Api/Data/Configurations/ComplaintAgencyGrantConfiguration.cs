using Enforcement.Api.Complaints;
using Enforcement.Api.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ComplaintAgencyGrantConfiguration : IEntityTypeConfiguration<ComplaintAgencyGrant>
{
    public void Configure(EntityTypeBuilder<ComplaintAgencyGrant> b)
    {
        b.ToTable("ComplaintAgencyGrants");
        b.Property(g => g.Reason).HasMaxLength(500);
        b.HasIndex(g => new { g.AgencyId, g.ComplaintId });
        b.HasOne<Agency>().WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
