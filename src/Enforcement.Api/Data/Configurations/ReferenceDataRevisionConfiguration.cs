using Enforcement.Api.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class ReferenceDataRevisionConfiguration : IEntityTypeConfiguration<ReferenceDataRevision>
{
    public void Configure(EntityTypeBuilder<ReferenceDataRevision> b)
    {
        b.ToTable("ReferenceDataRevisions");
        b.HasKey(r => r.DataSet);
        b.Property(r => r.DataSet).HasMaxLength(64);
        b.Property(r => r.Revision).HasMaxLength(64);
    }
}
