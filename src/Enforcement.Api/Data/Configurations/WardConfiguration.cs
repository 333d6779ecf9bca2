using Enforcement.Api.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class WardConfiguration : IEntityTypeConfiguration<Ward>
{
    public void Configure(EntityTypeBuilder<Ward> b)
    {
        b.ToTable("Wards");
        b.HasKey(w => w.Code);
        b.Property(w => w.Code).HasMaxLength(8);
        b.Property(w => w.ProvinceCode).HasMaxLength(8);
        b.Property(w => w.Name).HasMaxLength(200);
    }
}
