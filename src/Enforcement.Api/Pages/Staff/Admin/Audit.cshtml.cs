using Enforcement.Api.Admin.Audit;
using Enforcement.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Pages.Staff.Admin;

/// <summary>The administrators' audit, filtered as GET /api/staff/admin/audit is; the filters stay in the URL.</summary>
internal sealed class AuditModel(EnforcementDbContext db) : AdminPage
{
    public AuditQuery Query { get; private set; } = new(null, null, null, null, null, null);
    public AuditPage Entries { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(string? user, string? target, string? from, string? to, int? page, CancellationToken ct)
    {
        Query = new AuditQuery(user, target, from, to, page, 50);
        var result = (await AuditEndpoints.ListAsync(Query, db, ct)).Result;
        if (result is Ok<AuditPage> ok) Entries = ok.Value!;
        else Succeeded(result); // the filters' messages, per field
    }

    public string PageLink(int page) => "/staff/admin/audit" + QueryString.Create(new Dictionary<string, string?>
    {
        ["user"] = Query.User, ["target"] = Query.Target, ["from"] = Query.From, ["to"] = Query.To, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
