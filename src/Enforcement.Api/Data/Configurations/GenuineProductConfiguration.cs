using Enforcement.Api.Listings.Genuine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class GenuineProductConfiguration : IEntityTypeConfiguration<GenuineProduct>
{
    public void Configure(EntityTypeBuilder<GenuineProduct> b)
    {
        b.ToTable("GenuineProducts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(GenuineLimits.Name);
        b.Property(x => x.NameKey).HasMaxLength(GenuineLimits.Name);
        b.Property(x => x.Keywords).AsJsonArray();
        b.Property(x => x.Category).HasMaxLength(GenuineLimits.Category);
        b.Property(x => x.OcopProvince).HasMaxLength(GenuineLimits.Province);
        b.HasOne<Brand>().WithMany().HasForeignKey(x => x.BrandId).OnDelete(DeleteBehavior.Restrict);
        // Also the brand's products for the foreign key.
        b.HasIndex(x => new { x.BrandId, x.NameKey }).IsUnique();
    }
}
