using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases;

/// <summary>
/// What the workflow library cannot check because it knows no complaint: public statuses are statuses
/// the status page knows, every agency a process names exists, notifications go to a recipient the
/// product can reach, and no running case follows a version whose file is gone. Run at start-up.
/// </summary>
internal static class CaseDefinitionsCheck
{
    public static async Task RunAsync(EnforcementDbContext db, DefinitionCatalog catalog, CancellationToken ct)
    {
        var agencies = (await db.Agencies.Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var d in catalog.All.OrderBy(d => d.SourceFile, StringComparer.Ordinal))
        {
            foreach (var s in d.Steps)
            {
                void Problem(string what) => problems.Add($"{d.SourceFile}: step '{s.Id}': {what}");
                if (s.PublicStatus is { } status && !ComplaintStatuses.All.Contains(status))
                    Problem($"publicStatus '{status}' is not a complaint status ({string.Join(", ", ComplaintStatuses.All)})");
                foreach (var code in AgenciesNamed(catalog, s).Where(c => !agencies.Contains(c)).Distinct())
                    Problem($"names agency '{code}', which does not exist");
                foreach (var record in s.Outcomes.Select(o => o.Record).Append(s.Record).OfType<string>().Where(r => !Records.RecordKinds.All.Contains(r)))
                    Problem($"declares record '{record}'; the product records {string.Join(", ", Records.RecordKinds.All)}");
                if (s.Type == StepTypes.Handoff && s.Grant == Grants.Case && s.Dossier is null)
                    Problem("hands the case over without a dossier: declare the variable holding the sender's reason");
                if (s.Type == StepTypes.Notify && s.Recipient != CaseHooks.ComplainantRecipient)
                    Problem($"notifies '{s.Recipient}'; the product can notify '{CaseHooks.ComplainantRecipient}'");
            }
        }
        problems.AddRange(catalog.All.SelectMany(d => d.Signals.Where(g => g.Record is { } r && !Records.RecordKinds.All.Contains(r))
            .Select(g => $"{d.SourceFile}: signal '{g.Name}': declares unknown record '{g.Record}'")));
        problems.AddRange((await catalog.MissingForRunningAsync(db, ct))
            .Select(m => $"{m}: running cases follow this version but no file defines it; restore the file or migrate those cases"));
        if (problems.Count > 0) throw new InvalidWorkflowDefinitionException("Invalid workflow definitions:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>A fixed agency, or every option of the choice field an agencyFrom reads.</summary>
    private static IEnumerable<string> AgenciesNamed(DefinitionCatalog catalog, StepDefinition s)
    {
        foreach (var code in new[] { s.Agency, s.Assignee?.Agency }.OfType<string>()) yield return code;
        foreach (var from in new[] { s.AgencyFrom, s.Assignee?.AgencyFrom }.OfType<string>())
        {
            foreach (var option in catalog.All.SelectMany(d => d.Steps).SelectMany(x => x.Form.Concat(x.Outcomes.SelectMany(o => o.Form)))
                         .Where(f => f.Name == from && f.Type == "choice").SelectMany(f => f.Options))
                yield return option;
        }
    }
}
