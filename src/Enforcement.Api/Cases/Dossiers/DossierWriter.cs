using System.Text.Json.Nodes;
using Enforcement.Api.Data;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases.Dossiers;

/// <summary>Stages a handoff's dossier from the case variables its step names (workflows/*.json, "dossier"); no save.</summary>
internal static class DossierWriter
{
    public static void Stage(EnforcementDbContext db, WorkflowContext context, StepDefinition step, long complaintId, string agency)
    {
        if (step.Dossier is not { } declared) return;
        var variables = WorkflowRuntime.VariablesOf(context.Instance);
        var shared = declared.ShareContact is { } flag && variables[flag] is JsonValue v && v.TryGetValue<bool>(out var on) && on;
        db.Dossiers.Add(new Dossier
        {
            ComplaintId = complaintId, AgencyCode = agency, ProcessId = context.Definition.Id, StepId = step.Id,
            Reason = Text(variables, declared.Reason),
            SentBy = context.Actor.User, SentByAgency = context.Actor.Agency, SentAt = context.Now,
            ContactShared = shared, SharePurpose = shared && declared.SharePurpose is { } purpose ? Text(variables, purpose) : null,
        });
    }

    private static string? Text(JsonObject variables, string name) =>
        variables[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
