using Enforcement.Api.Listings.Genuine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> b)
    {
        b.ToTable("Brands");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(GenuineLimits.Name);
        b.Property(x => x.NameKey).HasMaxLength(GenuineLimits.Name);
        b.Property(x => x.Aliases).AsJsonArray();
        b.Property(x => x.Owner).HasMaxLength(GenuineLimits.Name);
        b.Property(x => x.Notes).HasMaxLength(GenuineLimits.Notes);
        b.HasIndex(x => x.NameKey).IsUnique();
    }
}
