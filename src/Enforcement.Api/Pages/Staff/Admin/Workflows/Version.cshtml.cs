using Enforcement.Api.Admin.Workflows;
using Enforcement.Api.Cases;
using Enforcement.Api.Cases.Definitions;
using Enforcement.Api.Data;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Diagrams;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Api.Pages.Staff.Admin.Workflows;

/// <summary>One version: its diagram, its running processes, and moving them to another version (POST .../instances/{id}/migrate).</summary>
internal sealed class VersionModel(EnforcementDbContext db, DefinitionCatalog catalog) : AdminPage
{
    public WorkflowDefinition Definition { get; private set; } = null!;
    public string Diagram { get; private set; } = "";
    public IReadOnlyList<long> Running { get; private set; } = [];
    public IReadOnlyList<int> OtherVersions { get; private set; } = [];
    public IReadOnlyList<string> Failures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, int version, CancellationToken ct)
    {
        ReadFlash();
        return await LoadAsync(id, version, ct) ? Page() : NotFound();
    }

    /// <summary>Moves one process (<paramref name="instanceId"/>) or every running one of this version.</summary>
    public async Task<IActionResult> OnPostMigrateAsync(string id, int version, long? instanceId, int? toVersion, string? reason, string? stepMap,
        [FromServices] WorkflowRuntime runtime, [FromServices] ILogger<MigrationResponse> log, CancellationToken ct)
    {
        if (!await LoadAsync(id, version, ct)) return NotFound();
        var targets = instanceId is { } one ? [one] : Running;
        var request = new MigrateRequest(toVersion, WorkflowOverview.StepMap(stepMap), reason);
        var failures = new List<string>();
        var moved = 0;
        foreach (var instance in targets)
        {
            var result = (await DefinitionEndpoints.MigrateAsync(instance, request, User, db, runtime, log, ct)).Result;
            if (result is Ok<MigrationResponse>) moved++;
            else if (result is ValidationProblem v && v.ProblemDetails.Errors.Keys.Any(k => k is "toVersion" or "reason")) { Succeeded(result); break; }
            else failures.Add($"#{instance}: {Web.ApiAnswer.Describe(result)}");
        }
        if (failures.Count == 0 && Errors.Count == 0)
        {
            Flash(Text.Pick($"Đã chuyển {moved} quy trình sang phiên bản {toVersion}.", $"Moved {moved} processes to version {toVersion}."));
            return Redirect($"/staff/admin/workflows/{Uri.EscapeDataString(id)}/{version}");
        }
        Failures = failures;
        if (moved > 0) Message = Text.Pick($"Đã chuyển {moved} quy trình.", $"Moved {moved} processes.");
        await LoadAsync(id, version, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, int version, CancellationToken ct)
    {
        if (!catalog.TryGet(id, version, out var definition)) return false;
        Definition = definition;
        Diagram = SvgDiagram.Render(definition, s => WorkflowText.Label(s.Title, s.Id));
        Running = await WorkflowOverview.RunningAsync(db, id, version, ct);
        OtherVersions = catalog.All.Where(d => d.Id == id && d.Version != version).Select(d => d.Version).OrderDescending().ToList();
        return true;
    }
}
