using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("Complaints");
        b.HasIndex(c => c.TrackingCode).IsUnique();
        b.Property(c => c.TrackingCode).HasMaxLength(20);
        b.Property(c => c.AccessKeyHash).HasMaxLength(64);
        b.Property(c => c.Category).HasMaxLength(32);
        b.Property(c => c.Description).HasMaxLength(ComplaintLimits.Description);
        b.Property(c => c.ProvinceCode).HasMaxLength(8);
        b.Property(c => c.WardCode).HasMaxLength(8);
        b.Property(c => c.ConsentTextVersion).HasMaxLength(32);
        b.Property(c => c.Status).HasMaxLength(32);
        b.Property(c => c.Channel).HasMaxLength(16);
        b.HasIndex(c => new { c.Status, c.SubmittedAt });
        b.HasIndex(c => new { c.Category, c.SubmittedAt });
        b.HasIndex(c => c.WardCode);
        // Finding work (0016): the search text has a trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL) made by the script.
        b.Property(c => c.SearchText).HasColumnType("text");
        b.Property(c => c.BusinessKey).HasMaxLength(300);
        b.Property(c => c.ShopKey).HasMaxLength(600);
        // Finding work (script 0016): repeat offenders by business and shop, newest first, rows the backfill must fill.
        b.HasIndex(c => c.BusinessKey).HasDatabaseName("IX_Complaints_BusinessKey").HasFilter("\"BusinessKey\" IS NOT NULL");
        b.HasIndex(c => c.ShopKey).HasDatabaseName("IX_Complaints_ShopKey").HasFilter("\"ShopKey\" IS NOT NULL");
        b.HasIndex(c => new { c.SubmittedAt, c.Id }).HasDatabaseName("IX_Complaints_SubmittedAt_Id");
        b.HasIndex(c => c.Id).HasDatabaseName("IX_Complaints_SearchText_Missing").HasFilter("\"SearchText\" IS NULL");
        // Reports: complaints received in a period by channel, category and ward, from the index alone.
        b.HasIndex(c => new { c.SubmittedAt, c.Channel, c.Category, c.WardCode });
        b.OwnsOne(c => c.Complainant, o =>
        {
            o.Property(p => p.FullName).HasColumnName("ComplainantFullName").HasMaxLength(ComplaintLimits.FullName);
            o.Property(p => p.Phone).HasColumnName("ComplainantPhone").HasMaxLength(ComplaintLimits.Phone);
            o.Property(p => p.Email).HasColumnName("ComplainantEmail").HasMaxLength(ComplaintLimits.Email);
            o.Property(p => p.Address).HasColumnName("ComplainantAddress").HasMaxLength(ComplaintLimits.Address);
        });
        b.OwnsOne(c => c.Business, o =>
        {
            o.Property(p => p.Name).HasColumnName("BusinessName").HasMaxLength(ComplaintLimits.BusinessName);
            o.Property(p => p.Address).HasColumnName("BusinessAddress").HasMaxLength(ComplaintLimits.BusinessAddress);
            o.Property(p => p.Website).HasColumnName("BusinessWebsite").HasMaxLength(ComplaintLimits.Url);
            o.Property(p => p.Platform).HasColumnName("BusinessPlatform").HasMaxLength(32);
            o.Property(p => p.ShopUrl).HasColumnName("BusinessShopUrl").HasMaxLength(ComplaintLimits.Url);
        });
        b.OwnsOne(c => c.Product, o =>
        {
            o.Property(p => p.Name).HasColumnName("ProductName").HasMaxLength(ComplaintLimits.ProductName);
            o.Property(p => p.Brand).HasColumnName("ProductBrand").HasMaxLength(ComplaintLimits.Brand);
            o.Property(p => p.QrCode).HasColumnName("ProductQrCode").HasMaxLength(ComplaintLimits.QrCode);
        });
        b.Navigation(c => c.Complainant).IsRequired();
        b.Navigation(c => c.Business).IsRequired();
        b.Navigation(c => c.Product).IsRequired();
        b.HasOne<Reference.Ward>().WithMany().HasForeignKey(c => c.WardCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.ListingUrls).WithOne().HasForeignKey(u => u.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.AgencyGrants).WithOne().HasForeignKey(g => g.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
