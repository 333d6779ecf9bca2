using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Localization;
using Enforcement.Api.Listings.Search;
using Enforcement.Api.Listings.Sweeps;
using Enforcement.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Listings;

/// <summary>Listing search for inspectors: the same query, filters and answers as GET /api/staff/listings/search.</summary>
[Authorize(Policy = Policies.ListingWorker)]
internal sealed class IndexModel(EnforcementDbContext db, IListingIndex index, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string[]? Platform { get; set; }
    [BindProperty(SupportsGet = true)] public string[]? Brand { get; set; }
    [BindProperty(SupportsGet = true)] public string[]? Seller { get; set; }
    [BindProperty(SupportsGet = true)] public string[]? Risk { get; set; }
    [BindProperty(SupportsGet = true)] public string? MinPrice { get; set; }
    [BindProperty(SupportsGet = true)] public string? MaxPrice { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public ListingSearchResponse? Result { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }
    /// <summary>The hit action that failed, with what was typed and why, shown beside that hit.</summary>
    public (long ListingId, string Form, string? CaseCode, string Error)? Failed { get; private set; }

    internal SearchListingsRequest SearchRequest => new(Q, Platform, Brand, Seller, MinPrice, MaxPrice, Risk, null, null, null, null, null, Sort, Cursor, null, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["listings.message"] as string;
        var (query, errors) = SearchRequest.ToQuery();
        Errors = errors.ToDictionary();
        if (query is null) return;
        try { Result = await SearchListingsEndpoint.RunAsync(query, index, db, ct); }
        catch (SearchQueryException) { Errors = new Dictionary<string, string[]> { ["cursor"] = [Text.Pick("Trang này không còn hợp lệ; hãy tìm lại.", "This page is no longer valid; search again.")] }; }
    }

    /// <summary>Saves the current search as a sweep owned by the signed-in inspector.</summary>
    public async Task<IActionResult> OnPostSweepAsync(string? sweepName, int? intervalMinutes, CancellationToken ct)
    {
        var result = (await SweepEndpoints.CreateAsync(new CreateSweepRequest(sweepName, intervalMinutes, SearchRequest with { Cursor = null }), User, db, clock, ct)).Result;
        if (result is Created<SweepView> created)
        {
            TempData["listings.message"] = Text.Pick($"Đã lưu đợt rà soát \"{created.Value!.Name}\": chạy lại mỗi {created.Value.IntervalMinutes} phút.", $"Sweep \"{created.Value!.Name}\" saved: it runs every {created.Value.IntervalMinutes} minutes.");
            return Redirect("/staff/listings" + Link(SearchRequest with { Cursor = null }));
        }
        Errors = ((ValidationProblem)result).ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value);
        Response.StatusCode = 400;
        await OnGetAsync(ct);
        return Page();
    }

    /// <summary>"Link to case" on a hit; the search stays as it was.</summary>
    public Task<IActionResult> OnPostLinkAsync(long listingId, string? caseCode, CancellationToken ct) =>
        ActAsync(listingId, "link", caseCode, () => ListingActions.LinkAsync(listingId, caseCode, User, db, clock, ct), ct);

    /// <summary>"Capture evidence" on a hit: queues a capture of its page for the case and links it.</summary>
    public Task<IActionResult> OnPostCaptureAsync(long listingId, string? caseCode, [FromServices] Enforcement.Evidence.Safety.TargetGuard guard,
        [FromServices] Enforcement.Api.Evidence.Capture.CaptureSignal signal, CancellationToken ct) =>
        ActAsync(listingId, "capture", caseCode, () => ListingActions.CaptureAsync(listingId, caseCode, User, db, guard, signal, clock, ct), ct);

    private async Task<IActionResult> ActAsync(long listingId, string form, string? caseCode, Func<Task<ListingActionOutcome>> action, CancellationToken ct)
    {
        var outcome = await action();
        if (outcome.Succeeded)
        {
            TempData["listings.message"] = outcome.Message;
            return Redirect("/staff/listings" + Link(SearchRequest) + $"#hit-{listingId}");
        }
        db.ChangeTracker.Clear();
        Failed = (listingId, form, caseCode, outcome.Errors.GetValueOrDefault("caseCode")?.FirstOrDefault() ?? outcome.Message);
        Response.StatusCode = outcome.Errors.Count > 0 ? 400 : 404;
        await OnGetAsync(ct);
        return Page();
    }

    public static string Link(SearchListingsRequest r)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("q", r.Q), new("minPrice", r.MinPrice), new("maxPrice", r.MaxPrice), new("sort", r.Sort), new("cursor", r.Cursor) };
        foreach (var (key, values) in new[] { ("platform", r.Platform), ("brand", r.Brand), ("seller", r.Seller), ("risk", r.Risk) })
            pairs.AddRange((values ?? []).Select(v => new KeyValuePair<string, string?>(key, v)));
        return QueryString.Create(pairs.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }

    /// <summary>The current search with one facet value switched on or off, from the first page.</summary>
    public string Toggle(string facet, string value)
    {
        static string[] Flip(string[]? values, string v) => values?.Contains(v) == true ? [.. values.Where(x => x != v)] : [.. values ?? [], v];
        var r = SearchRequest with { Cursor = null };
        r = facet switch
        {
            Facets.Platform => r with { Platform = Flip(r.Platform, value) },
            Facets.Brand => r with { Brand = Flip(r.Brand, value) },
            Facets.Seller => r with { Seller = Flip(r.Seller, value) },
            _ => r with { Risk = Flip(r.Risk, value) },
        };
        return Link(r);
    }

    /// <summary>Where a form on this page posts: this search (so a sweep saves exactly what is shown, and an action comes back to it).</summary>
    public string ActionUrl(string handler)
    {
        var query = Link(SearchRequest);
        return "/staff/listings" + (query.Length > 0 ? query + "&" : "?") + "handler=" + handler;
    }

    public bool IsOn(string facet, string value) => (facet switch
    {
        Facets.Platform => Platform, Facets.Brand => Brand, Facets.Seller => Seller, _ => Risk,
    })?.Contains(value) == true;

}
