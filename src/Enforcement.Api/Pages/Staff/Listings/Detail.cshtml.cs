using System.Text.Json;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Evidence;
using Enforcement.Api.Identity;
using Enforcement.Api.Listings.Detail;
using Enforcement.Api.Localization;
using Enforcement.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Pages.Staff.Listings;

/// <summary>A risk factor as shown: points and the reason in the page's language.</summary>
internal sealed record FactorLine(string Code, int Points, string Detail);

/// <summary>A capture of this listing's page for a case the user can see.</summary>
internal sealed record ListingCaptureLine(long Id, string CaseCode, string Status, DateTime RequestedAt, DateTime? CompletedAt);

/// <summary>The listing page (trang tin rao bán): every field, risk factors, history, captures, linked cases, similar listings and the actions.</summary>
[Authorize(Policy = Policies.ListingWorker)]
internal sealed class DetailModel(EnforcementDbContext db, IListingIndex index, TimeProvider clock) : PageModel
{
    public ListingDetail Listing { get; private set; } = null!;
    public IReadOnlyList<FactorLine> Factors { get; private set; } = [];
    public IReadOnlyList<ListingCaptureLine> Captures { get; private set; } = [];
    public IReadOnlyList<string> LinkedCases { get; private set; } = [];
    public IReadOnlyList<SimilarListing> Similar { get; private set; } = [];
    public string? Message { get; private set; }
    public string? FailedForm { get; private set; }
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; private set; } = new Dictionary<string, string[]>();
    [BindProperty] public string? CaseCode { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Message = TempData["listing.message"] as string;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostLinkAsync(long id, CancellationToken ct) =>
        ActAsync(id, "link", () => ListingActions.LinkAsync(id, CaseCode, User, db, clock, ct), ct);

    public Task<IActionResult> OnPostCaptureAsync(long id, [FromServices] Enforcement.Evidence.Safety.TargetGuard guard,
        [FromServices] Enforcement.Api.Evidence.Capture.CaptureSignal signal, CancellationToken ct) =>
        ActAsync(id, "capture", () => ListingActions.CaptureAsync(id, CaseCode, User, db, guard, signal, clock, ct), ct);

    /// <summary>Success goes back to the page (POST-redirect-GET); failure shows the messages beside the form.</summary>
    private async Task<IActionResult> ActAsync(long id, string form, Func<Task<ListingActionOutcome>> action, CancellationToken ct)
    {
        var outcome = await action();
        if (outcome.Succeeded)
        {
            TempData["listing.message"] = outcome.Message;
            return Redirect($"/staff/listings/{id}");
        }
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, ct)) return NotFound();
        FailedForm = form;
        Message = outcome.Message;
        FieldErrors = outcome.Errors;
        Response.StatusCode = outcome.Errors.Count > 0 ? 400 : 404;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if ((await GetListingEndpoint.GetAsync(id, User, db, ct)).Result is not Ok<ListingDetail> { Value: { } listing }) return false;
        Listing = listing;
        Factors = ReadFactors(listing.Risk.Factors);
        LinkedCases = [.. listing.Links.Where(l => l.CaseCode is not null).Select(l => l.CaseCode!).Distinct()];
        // Captures of this page for the cases the user sees, queued ones too, and any capture linked to the listing.
        var linkedCaptures = listing.Links.Where(l => l.EvidenceCaptureId is not null).Select(l => l.EvidenceCaptureId!.Value).ToList();
        Captures = await (
            from c in db.Set<EvidenceCapture>().AsNoTracking()
            join complaint in db.Complaints.VisibleTo(User) on c.ComplaintId equals complaint.Id
            where c.RequestedUrl == listing.Url || linkedCaptures.Contains(c.Id)
            orderby c.RequestedAt descending, c.Id descending
            select new ListingCaptureLine(c.Id, complaint.TrackingCode, c.Status, c.RequestedAt, c.CompletedAt)).Take(50).ToListAsync(ct);
        Similar = await SimilarListings.FindAsync(id, listing.Title, listing.TitleFingerprint, listing.ImageHashes, db, index, ct);
        return true;
    }

    /// <summary>The rules' JSON: code, points, detail (Vietnamese) and detailEnglish; anything unreadable is left out.</summary>
    internal static IReadOnlyList<FactorLine> ReadFactors(JsonElement factors)
    {
        if (factors.ValueKind != JsonValueKind.Array) return [];
        var lines = new List<FactorLine>();
        foreach (var f in factors.EnumerateArray())
        {
            if (f.ValueKind != JsonValueKind.Object) continue;
            var points = f.TryGetProperty("points", out var p) && p.TryGetInt32(out var n) ? n : 0;
            var vi = f.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
            var en = f.TryGetProperty("detailEnglish", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            var code = f.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
            lines.Add(new FactorLine(code, points, ListingLabels.Factor(vi, en)));
        }
        return lines;
    }

    public string? ErrorFor(string form, string field) => FailedForm == form && FieldErrors.TryGetValue(field, out var e) ? e[0] : null;

    public static string Vnd(long? amount) => amount is { } v ? v.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " ₫" : "—";
}
