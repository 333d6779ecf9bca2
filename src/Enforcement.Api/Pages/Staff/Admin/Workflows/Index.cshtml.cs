using Enforcement.Api.Admin.Workflows;
using Enforcement.Api.Data;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Api.Pages.Staff.Admin.Workflows;

internal sealed class IndexModel(EnforcementDbContext db, DefinitionCatalog catalog) : AdminPage
{
    public IReadOnlyList<DefinitionVersionRow> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Versions = await WorkflowOverview.VersionsAsync(db, catalog, ct);
}
