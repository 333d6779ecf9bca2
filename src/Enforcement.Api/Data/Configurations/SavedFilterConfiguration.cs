using Enforcement.Api.Complaints.Finding.SavedFilters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class SavedFilterConfiguration : IEntityTypeConfiguration<SavedFilter>
{
    public void Configure(EntityTypeBuilder<SavedFilter> b)
    {
        b.ToTable("SavedFilters");
        b.Property(f => f.UserName).HasMaxLength(100);
        b.Property(f => f.List).HasMaxLength(20);
        b.Property(f => f.Name).HasMaxLength(SavedFilterStore.MaxName);
        b.Property(f => f.Query).HasMaxLength(SavedFilterStore.MaxQuery);
        b.HasIndex(f => new { f.UserName, f.List, f.Name }).IsUnique();
    }
}
