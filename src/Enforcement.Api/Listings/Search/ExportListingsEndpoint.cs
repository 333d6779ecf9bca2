using System.Globalization;
using System.Text;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Search;

namespace Enforcement.Api.Listings.Search;

/// <summary>A result set as CSV (UTF-8 with BOM, so spreadsheet programs read Vietnamese), walked page by page with the cursor.</summary>
internal static class ExportListingsEndpoint
{
    public const int MaxRows = 10_000;
    private static readonly string[] Header =
        ["id", "platform", "title", "url", "priceVnd", "brand", "sellerId", "sellerName", "province", "riskScore", "riskBand", "riskFactors", "firstSeen", "lastSeen", "status"];

    public static RouteGroupBuilder MapExportListings(this RouteGroupBuilder group)
    {
        group.MapGet("/search/export", ExportAsync).WithName("ExportListingSearch")
            .WithSummary($"The same search as /search, as CSV: every match up to {MaxRows:N0} rows, in the chosen order. Times in Asia/Ho_Chi_Minh.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        return group;
    }

    internal static async Task<IResult> ExportAsync([AsParameters] SearchListingsRequest request, IListingIndex index, EnforcementDbContext db, HttpContext http, CancellationToken ct)
    {
        var (query, errors) = request.ToQuery();
        if (query is null) return Problems.Validation(errors.ToDictionary());
        query = query with { PageSize = ListingQuery.MaxPageSize, WithFacets = false, WithHighlights = false };
        // Read the first page before answering, so that a bad cursor is still a 400 and not a broken download.
        ListingSearchResponse page;
        try { page = await SearchListingsEndpoint.RunAsync(query, index, db, ct); }
        catch (SearchQueryException) { return Problems.Validation(new Dictionary<string, string[]> { ["cursor"] = [Localization.Text.Pick("Con trỏ trang không hợp lệ.", "Invalid page cursor.")] }); }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"tin-rao-ban.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Header));
        var rows = 0;
        while (true)
        {
            foreach (var h in page.Hits.Take(MaxRows - rows))
            {
                await writer.WriteLineAsync(Row(h));
                rows++;
            }
            if (page.NextCursor is null || rows >= MaxRows) break;
            page = await SearchListingsEndpoint.RunAsync(query with { Cursor = page.NextCursor }, index, db, ct);
        }
        return Results.Empty;
    }

    private static string Row(ListingSearchHit h) => string.Join(',', new[]
    {
        h.Id.ToString(CultureInfo.InvariantCulture), h.Platform, h.Title, h.Url, h.Price?.ToString(CultureInfo.InvariantCulture), h.Brand,
        h.Seller?.Id, h.Seller?.Name, h.Seller?.Province, h.Risk.Score.ToString(CultureInfo.InvariantCulture), h.Risk.Band,
        string.Join("; ", h.Risk.Factors.Select(f => $"{f.Detail} (+{f.Points})")),
        Local(h.FirstSeenAt), Local(h.LastSeenAt), h.Status,
    }.Select(Cell));

    private static string Local(DateTime utc) => VietnamTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula.</summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
