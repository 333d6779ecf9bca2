using System.Security.Claims;
using Enforcement.Api.Cases;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Incidents;

/// <summary>Open incidents: timers waiting for staff, and dead-lettered emails.</summary>
internal static class IncidentQueries
{
    /// <summary>Timer incidents, of one case or of all; the case code only where the caller may read the case.</summary>
    public static async Task<List<TimerIncident>> TimersAsync(EnforcementDbContext db, DefinitionCatalog catalog, ClaimsPrincipal user, string? caseCode, CancellationToken ct)
    {
        var rows = await (from t in db.Set<WorkflowTimer>().AsNoTracking()
                          join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
                          where t.IncidentAt != null && !t.Cancelled && t.FiredAt == null && (caseCode == null || i.CorrelationId == caseCode)
                          orderby t.IncidentAt
                          select new { t, i.CorrelationId, i.DefinitionId, i.DefinitionVersion }).ToListAsync(ct);
        var codes = rows.Select(r => r.CorrelationId).Distinct().ToList();
        var readable = (await db.Complaints.VisibleTo(user).Where(c => codes.Contains(c.TrackingCode)).Select(c => c.TrackingCode).ToListAsync(ct)).ToHashSet();
        var canAct = Policies.OperatorRoles.Contains(user.Role());
        return rows.Select(r => new TimerIncident(r.t.Id, readable.Contains(r.CorrelationId) ? r.CorrelationId : null, r.DefinitionId, r.t.StepId,
            catalog.TryGet(r.DefinitionId, r.DefinitionVersion, out var d) ? WorkflowText.Step(d, r.t.StepId) : r.t.StepId,
            r.t.Kind, r.t.Attempts, r.t.LastError, r.t.IncidentAt!.Value, canAct)).ToList();
    }

    public static async Task<List<MessageIncident>> MessagesAsync(EnforcementDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        // Subjects name the case; administrators, who read no cases, see only that a message failed.
        var showSubject = user.Role() != Roles.Admin;
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.DeadAt != null && m.SentAt == null && m.CancelledAt == null)
            .OrderBy(m => m.DeadAt).Take(500).ToListAsync(ct);
        return rows.Select(m => new MessageIncident(m.Id, Mask(m.Recipient), showSubject ? m.Subject : null, m.Attempts, m.LastError, m.DeadAt!.Value)).ToList();
    }

    /// <summary>"nguoidan@example.vn" → "ng***@example.vn".</summary>
    public static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : $"{email[..Math.Min(2, at)]}***{email[at..]}";
    }
}
