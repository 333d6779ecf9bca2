using Enforcement.Api.Listings.Genuine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class AuthorizedSellerConfiguration : IEntityTypeConfiguration<AuthorizedSeller>
{
    public void Configure(EntityTypeBuilder<AuthorizedSeller> b)
    {
        b.ToTable("AuthorizedSellers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Platform).HasMaxLength(32);
        b.Property(x => x.SellerPlatformId).HasMaxLength(GenuineLimits.SellerId);
        b.Property(x => x.SellerName).HasMaxLength(GenuineLimits.Name);
        b.HasOne<Brand>().WithMany().HasForeignKey(x => x.BrandId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BrandId, x.Platform, x.SellerPlatformId }).IsUnique();
        // The risk scorer asks "is this platform's seller authorized for anything?".
        b.HasIndex(x => new { x.Platform, x.SellerPlatformId });
    }
}
