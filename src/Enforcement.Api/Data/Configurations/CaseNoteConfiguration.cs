using Enforcement.Api.Cases.Notes;
using Enforcement.Api.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("CaseNotes");
        b.Property(n => n.Body).HasMaxLength(CaseNote.MaxLength);
        b.Property(n => n.AuthorUserName).HasMaxLength(64);
        b.Property(n => n.AuthorFullName).HasMaxLength(200);
        b.Property(n => n.AuthorRole).HasMaxLength(32);
        b.Property(n => n.AuthorAgency).HasMaxLength(32);
        b.HasOne<Complaint>().WithMany().HasForeignKey(n => n.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => new { n.ComplaintId, n.Id });
    }
}
