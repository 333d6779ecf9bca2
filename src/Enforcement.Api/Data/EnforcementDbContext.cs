using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Enforcement.Api.Evidence;
using Enforcement.Api.Identity;
using Enforcement.Api.Notifications;
using Enforcement.Api.Reference;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Data;

internal sealed class EnforcementDbContext(DbContextOptions<EnforcementDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintAttachment> ComplaintAttachments => Set<ComplaintAttachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<ComplaintStatusChange> ComplaintStatusChanges => Set<ComplaintStatusChange>();
    public DbSet<ComplaintAgencyGrant> ComplaintAgencyGrants => Set<ComplaintAgencyGrant>();
    public DbSet<TrackingCounter> TrackingCounters => Set<TrackingCounter>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Ward> Wards => Set<Ward>();
    public DbSet<ReferenceDataRevision> ReferenceDataRevisions => Set<ReferenceDataRevision>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<EvidenceCapture> EvidenceCaptures => Set<EvidenceCapture>();
    public DbSet<EnforcementCase> EnforcementCases => Set<EnforcementCase>();
    public DbSet<ViolationRecord> ViolationRecords => Set<ViolationRecord>();
    public DbSet<PenaltyDecision> PenaltyDecisions => Set<PenaltyDecision>();
    public DbSet<FineCollection> FineCollections => Set<FineCollection>();
    public DbSet<Handoff> Handoffs => Set<Handoff>();
    public DbSet<Enforcement.Api.Cases.Dossiers.Dossier> Dossiers => Set<Enforcement.Api.Cases.Dossiers.Dossier>();
    public DbSet<ComplaintResolution> ComplaintResolutions => Set<ComplaintResolution>();
    public DbSet<Admin.Audit.AdminAuditEntry> AdminAuditEntries => Set<Admin.Audit.AdminAuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnforcementDbContext).Assembly);
        modelBuilder.ApplyWorkflowModel();
        // Case variables grow with every free-text field of a case: unbounded, and queryable on PostgreSQL.
        if (Database.IsNpgsql()) modelBuilder.Entity<WorkflowInstance>().Property(i => i.Variables).HasColumnType("jsonb");
        // The complaint search: a trigram GIN index on PostgreSQL; SQLite keeps an FTS5 table beside it instead (script 0016).
        if (Database.IsNpgsql()) modelBuilder.Entity<Complaints.Complaint>().HasIndex(c => c.SearchText).HasDatabaseName("IX_Complaints_SearchText");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC in the database and comes back marked as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
    }
}
