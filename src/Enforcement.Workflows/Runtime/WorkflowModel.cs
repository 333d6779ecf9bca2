using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Workflows.Runtime;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> b)
    {
        b.ToTable("WorkflowInstances");
        b.Property(i => i.DefinitionId).HasMaxLength(100);
        b.Property(i => i.CorrelationId).HasMaxLength(100);
        b.Property(i => i.Status).HasMaxLength(20);
        b.Property(i => i.CurrentStepId).HasMaxLength(100);
        b.Property(i => i.ResumeStepId).HasMaxLength(100);
        b.Property(i => i.Variables).HasColumnType("text"); // unbounded; PostgreSQL applications may make it jsonb
        b.Property(i => i.Result).HasMaxLength(100);
        b.Property(i => i.Revision).IsConcurrencyToken();
        b.HasIndex(i => i.CorrelationId);
        b.HasIndex(i => new { i.Status, i.DefinitionId });
    }
}

internal sealed class WorkflowTaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> b)
    {
        b.ToTable("WorkflowTasks");
        b.Property(t => t.StepId).HasMaxLength(100);
        b.Property(t => t.Status).HasMaxLength(20);
        b.Property(t => t.Agency).HasMaxLength(50);
        b.Property(t => t.Team).HasMaxLength(50);
        b.Property(t => t.Role).HasMaxLength(50);
        b.Property(t => t.AssignedUser).HasMaxLength(100);
        b.Property(t => t.CompletedBy).HasMaxLength(100);
        b.Property(t => t.Outcome).HasMaxLength(100);
        b.Property(t => t.Revision).IsConcurrencyToken();
        b.HasOne(t => t.Instance).WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.Status, t.Agency, t.DueAt });
        b.HasIndex(t => new { t.Status, t.AssignedUser });
        // Queues ordered by the nearest deadline read open tasks in this order.
        b.HasIndex(t => new { t.DueAt, t.Id }).HasDatabaseName("IX_WorkflowTasks_Open_DueAt").HasFilter("\"Status\" = 'open'");
    }
}

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> b)
    {
        b.ToTable("WorkflowTimers");
        b.Property(t => t.Kind).HasMaxLength(20);
        b.Property(t => t.StepId).HasMaxLength(100);
        b.Property(t => t.LeaseOwner).HasMaxLength(100);
        b.Property(t => t.LastError).HasMaxLength(2000);
        b.HasOne(t => t.Instance).WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Restrict);
        // Completing, extending or signalling a task cancels its timers: found by task (IX_WorkflowTimers_TaskId).
        b.HasOne(t => t.ForTask).WithMany().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Restrict);
        // The scheduler's poll reads only open timers by due time.
        b.HasIndex(t => t.DueAt).HasDatabaseName("IX_WorkflowTimers_Open_DueAt")
            .HasFilter("\"FiredAt\" IS NULL AND NOT \"Cancelled\" AND \"IncidentAt\" IS NULL");
    }
}

internal sealed class WorkflowJournalEntryConfiguration : IEntityTypeConfiguration<WorkflowJournalEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalEntry> b)
    {
        b.ToTable("WorkflowJournal");
        b.Property(j => j.Kind).HasMaxLength(40);
        b.Property(j => j.StepId).HasMaxLength(100);
        b.Property(j => j.Actor).HasMaxLength(100);
        b.Property(j => j.Outcome).HasMaxLength(100);
        b.Property(j => j.Comment).HasMaxLength(4000);
        b.Property(j => j.Data).HasColumnType("text");
        b.HasOne(j => j.Instance).WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(j => new { j.InstanceId, j.Id });
    }
}

internal sealed class WorkflowJournalArchiveConfiguration : IEntityTypeConfiguration<WorkflowJournalArchive>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalArchive> b)
    {
        b.ToTable("WorkflowJournalArchives");
        b.HasKey(a => a.InstanceId);
        b.Property(a => a.InstanceId).ValueGeneratedNever();
        b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(a => a.InstanceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public static class WorkflowModelExtensions
{
    /// <summary>Adds the runtime's tables to the application's model.</summary>
    public static ModelBuilder ApplyWorkflowModel(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowModelExtensions).Assembly);
}
