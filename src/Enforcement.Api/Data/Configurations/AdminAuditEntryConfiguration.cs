using Enforcement.Api.Admin.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> b)
    {
        b.ToTable("AdminAuditEntries");
        b.Property(e => e.ActorUserName).HasMaxLength(64);
        b.Property(e => e.Action).HasMaxLength(32);
        b.Property(e => e.TargetKind).HasMaxLength(16);
        b.Property(e => e.Target).HasMaxLength(64);
        b.Property(e => e.ChangesJson).HasColumnType("text");
        b.HasIndex(e => e.At);
        b.HasIndex(e => e.ActorUserName);
        b.HasIndex(e => e.Target);
    }
}
