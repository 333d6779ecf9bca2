using Enforcement.Api.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.ToTable("Teams");
        b.HasIndex(t => t.Code).IsUnique();
        b.Property(t => t.Code).HasMaxLength(32);
        b.Property(t => t.Name).HasMaxLength(200);
    }
}
