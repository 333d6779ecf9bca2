using Enforcement.Api.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.Recipient).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Body).HasMaxLength(20000);
        b.Property(m => m.LeaseOwner).HasMaxLength(100);
        b.Property(m => m.LastError).HasMaxLength(2000);
        // The dispatcher's poll reads only messages still to send, by due time.
        b.HasIndex(m => m.NextAttemptAt).HasDatabaseName("IX_OutboxMessages_Due")
            .HasFilter("\"SentAt\" IS NULL AND \"DeadAt\" IS NULL AND \"CancelledAt\" IS NULL");
    }
}
