using System.Security.Claims;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Evidence.Capture;
using Enforcement.Api.Evidence.Request;
using Enforcement.Api.Listings;
using Enforcement.Api.Listings.Links;
using Enforcement.Api.Localization;
using Enforcement.Evidence.Safety;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Pages.Staff.Listings;

/// <summary>What a listing action answered: a line for the page, and the per-field messages when it failed.</summary>
internal sealed record ListingActionOutcome(bool Succeeded, string Message, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// The two actions on a listing, shared by the search page and the listing page. They call the API's own handlers,
/// so a page and a script get the same checks and the same messages.
/// </summary>
internal static class ListingActions
{
    public static async Task<ListingActionOutcome> LinkAsync(long id, string? caseCode, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var result = (await LinkListingEndpoint.LinkAsync(id, new LinkListingRequest(caseCode), user, db, clock, ct)).Result;
        return result switch
        {
            Created<Enforcement.Api.Listings.Detail.ListingLinkView> c => Success(Text.Pick($"Đã gắn tin rao bán vào vụ việc {c.Value!.CaseCode}.", $"The listing is linked to case {c.Value!.CaseCode}.")),
            Ok<Enforcement.Api.Listings.Detail.ListingLinkView> o => Success(Text.Pick($"Tin rao bán đã được gắn vào vụ việc {o.Value!.CaseCode} từ trước.", $"The listing was already linked to case {o.Value!.CaseCode}.")),
            _ => Failed(result),
        };
    }

    /// <summary>
    /// Queues a capture of the listing's page for the case, then links the listing to the case. The case and the listing
    /// are checked first, so a capture is not queued for a link that cannot be made.
    /// </summary>
    public static async Task<ListingActionOutcome> CaptureAsync(long id, string? caseCode, ClaimsPrincipal user, EnforcementDbContext db, TargetGuard guard,
        CaptureSignal signal, TimeProvider clock, CancellationToken ct)
    {
        var code = caseCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) || code.Length > 40 || !await db.Complaints.VisibleTo(user).AnyAsync(c => c.TrackingCode == code, ct))
            return await LinkAsync(id, caseCode, user, db, clock, ct);   // the link's own checks give the field message
        var url = await db.Set<Listing>().Where(l => l.Id == id).Select(l => l.Url).SingleOrDefaultAsync(ct);
        if (url is null) return new(false, Text.Get("listings.notFound"), new Dictionary<string, string[]>());
        var result = (await RequestCaptureEndpoint.RequestAsync(code, new CaptureRequestBody(url, null), user, db, guard, signal, clock, ct)).Result;
        if (result is not Accepted<CaptureAccepted>)
        {
            var failed = Failed(result);
            // The capture checks the URL, which the inspector did not type here: its message belongs beside the case code.
            return failed with { Errors = new Dictionary<string, string[]> { ["caseCode"] = [.. failed.Errors.SelectMany(e => e.Value).DefaultIfEmpty(failed.Message)] } };
        }
        db.ChangeTracker.Clear();
        var linked = await LinkAsync(id, code, user, db, clock, ct);
        return linked.Succeeded
            ? Success(Text.Pick($"Đã xếp hàng thu thập chứng cứ trang tin rao bán cho vụ việc {code} và gắn tin vào vụ việc.", $"A capture of the listing's page is queued for case {code}, and the listing is linked to the case."))
            : linked;
    }

    private static ListingActionOutcome Success(string message) => new(true, message, new Dictionary<string, string[]>());

    private static ListingActionOutcome Failed(IResult result)
    {
        var errors = result switch
        {
            ValidationProblem v => v.ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value),
            ProblemHttpResult p when p.ProblemDetails.Extensions.TryGetValue("errors", out var e) && e is Dictionary<string, string[]> d => d,
            _ => new Dictionary<string, string[]>(),
        };
        return new(false, Web.ApiAnswer.Describe(result), errors);
    }
}
