using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class TrackingCounterConfiguration : IEntityTypeConfiguration<TrackingCounter>
{
    public void Configure(EntityTypeBuilder<TrackingCounter> b)
    {
        b.ToTable("TrackingCounters");
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
    }
}
