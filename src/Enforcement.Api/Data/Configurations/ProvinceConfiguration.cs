using Enforcement.Api.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.ToTable("Provinces");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(8);
        b.Property(p => p.Name).HasMaxLength(200);
        b.HasMany(p => p.Wards).WithOne().HasForeignKey(w => w.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}
