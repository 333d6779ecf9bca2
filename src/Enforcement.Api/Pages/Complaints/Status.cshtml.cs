using Enforcement.Api.Complaints.Track;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Enforcement.Api.Pages.Complaints;

/// <summary>Public status page: the receipt after filing, and the look-up by tracking code and access key.</summary>
[EnableRateLimiting(RateLimits.PublicRead)]
internal sealed class StatusModel(EnforcementDbContext db) : PageModel
{
    public string? Code { get; private set; }
    public string? Key { get; private set; }
    public bool JustFiled { get; private set; }
    public bool Unknown { get; private set; }
    public PublicComplaintStatus? Complaint { get; private set; }

    public async Task OnGetAsync(string? code, string? key, string? @new, CancellationToken ct)
    {
        Code = code?.Trim();
        Key = key?.Trim();
        JustFiled = @new == "1";
        if (string.IsNullOrEmpty(Code) && string.IsNullOrEmpty(Key)) return;
        Complaint = await TrackComplaintEndpoint.FindAsync(db, Code, Key, ct);
        if (Complaint is null)
        {
            Unknown = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        // The key is a secret: keep the page out of shared caches and referrers.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
