using Enforcement.Api.Listings.Sweeps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class SweepConfiguration : IEntityTypeConfiguration<Sweep>
{
    public void Configure(EntityTypeBuilder<Sweep> b)
    {
        b.ToTable("Sweeps");
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.OwnerUserName).HasMaxLength(100);
        b.HasIndex(s => new { s.Active, s.NextRunAt });
    }
}

internal sealed class SweepRunConfiguration : IEntityTypeConfiguration<SweepRun>
{
    public void Configure(EntityTypeBuilder<SweepRun> b)
    {
        b.ToTable("SweepRuns");
        b.HasIndex(r => new { r.SweepId, r.RanAt });
    }
}

internal sealed class SweepMatchConfiguration : IEntityTypeConfiguration<SweepMatch>
{
    public void Configure(EntityTypeBuilder<SweepMatch> b)
    {
        b.ToTable("SweepMatches");
        b.HasKey(m => new { m.SweepId, m.ListingId });
    }
}
