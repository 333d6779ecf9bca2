using Enforcement.Api.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.ToTable("Agencies");
        b.HasIndex(a => a.Code).IsUnique();
        b.Property(a => a.Code).HasMaxLength(32);
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.NameEn).HasMaxLength(200);
        b.Property(a => a.Kind).HasMaxLength(32);
        b.HasMany(a => a.Teams).WithOne().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
