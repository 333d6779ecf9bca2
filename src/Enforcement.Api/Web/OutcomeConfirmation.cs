using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Web;

/// <summary>
/// The case page takes an irreversible outcome (its definition declares "confirm") only with the confirmation ticked; the
/// API, whose callers are programs, does not ask (decision 0031).
/// </summary>
internal static class OutcomeConfirmation
{
    public static async Task<bool> RequiredAsync(DbContext db, DefinitionCatalog catalog, long taskId, string? outcome, CancellationToken ct)
    {
        var where = await (from t in db.Set<WorkflowTask>().AsNoTracking()
                           join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
                           where t.Id == taskId
                           select new { t.StepId, i.DefinitionId, i.DefinitionVersion }).FirstOrDefaultAsync(ct);
        return where is not null && catalog.TryGet(where.DefinitionId, where.DefinitionVersion, out var d)
            && d.Step(where.StepId)?.Outcomes.FirstOrDefault(o => o.Name == outcome)?.Confirm is not null;
    }
}
