using Enforcement.Api.Cases;
using Enforcement.Api.Data;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Workflows;

/// <summary>One loaded version of a process definition and how many processes run on it.</summary>
internal sealed record DefinitionVersionRow(string Id, int Version, string Title, int Steps, bool Latest, int Running);

/// <summary>What the workflow administration shows: versions and counts, never a case's code or step (an administrator may not read cases).</summary>
internal static class WorkflowOverview
{
    public static async Task<IReadOnlyList<DefinitionVersionRow>> VersionsAsync(EnforcementDbContext db, DefinitionCatalog catalog, CancellationToken ct)
    {
        var running = await db.Set<WorkflowInstance>().Where(i => i.Status == InstanceStatuses.Running)
            .GroupBy(i => new { i.DefinitionId, i.DefinitionVersion }).Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, Count = g.Count() })
            .ToListAsync(ct);
        return catalog.All.OrderBy(d => d.Id).ThenByDescending(d => d.Version)
            .Select(d => new DefinitionVersionRow(d.Id, d.Version, WorkflowText.Label(d.Title, d.Id), d.Steps.Count, catalog.Latest(d.Id).Version == d.Version,
                running.FirstOrDefault(r => r.DefinitionId == d.Id && r.DefinitionVersion == d.Version)?.Count ?? 0))
            .ToList();
    }

    /// <summary>The running processes of one version, by id only.</summary>
    public static Task<List<long>> RunningAsync(EnforcementDbContext db, string id, int version, CancellationToken ct) =>
        db.Set<WorkflowInstance>().Where(i => i.DefinitionId == id && i.DefinitionVersion == version && i.Status == InstanceStatuses.Running)
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);

    /// <summary>"old=new" lines (steps renamed in the target version) as a step map; lines without "=" are ignored.</summary>
    public static Dictionary<string, string> StepMap(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1]);
}
