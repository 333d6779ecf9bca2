using Enforcement.Api.Evidence;
using Enforcement.Api.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ListingLinkConfiguration : IEntityTypeConfiguration<ListingLink>
{
    public void Configure(EntityTypeBuilder<ListingLink> b)
    {
        b.ToTable("ListingLinks");
        b.HasKey(l => l.Id);
        b.Property(l => l.Kind).HasMaxLength(16);
        b.Property(l => l.CreatedBy).HasMaxLength(100);
        b.HasOne<Listing>().WithMany().HasForeignKey(l => l.ListingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Complaint).WithMany().HasForeignKey(l => l.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EvidenceCapture>().WithMany().HasForeignKey(l => l.EvidenceCaptureId).OnDelete(DeleteBehavior.Restrict);
        // Linking twice keeps one link: one per listing and case, one per listing and capture.
        b.HasIndex(l => new { l.ListingId, l.ComplaintId }).IsUnique().HasFilter("\"ComplaintId\" IS NOT NULL");
        b.HasIndex(l => new { l.ListingId, l.EvidenceCaptureId }).IsUnique().HasFilter("\"EvidenceCaptureId\" IS NOT NULL");
        b.HasIndex(l => l.ComplaintId);
        b.HasIndex(l => l.EvidenceCaptureId);
    }
}
