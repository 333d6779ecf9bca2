using Enforcement.Api.Cases.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Api.Data.Configurations;

internal sealed class TaskFileContentConfiguration : IEntityTypeConfiguration<TaskFileContent>
{
    public void Configure(EntityTypeBuilder<TaskFileContent> b)
    {
        b.ToTable("TaskFileContents");
        b.HasKey(c => c.FileId);
        b.Property(c => c.FileId).ValueGeneratedNever();
        b.HasOne<TaskFile>().WithOne().HasForeignKey<TaskFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
