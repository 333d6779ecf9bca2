using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ComplaintListingUrlConfiguration : IEntityTypeConfiguration<ComplaintListingUrl>
{
    public void Configure(EntityTypeBuilder<ComplaintListingUrl> b)
    {
        b.ToTable("ComplaintListingUrls");
        b.Property(u => u.Url).HasMaxLength(2048);
        b.HasIndex(u => new { u.ComplaintId, u.Position }).IsUnique();
    }
}
