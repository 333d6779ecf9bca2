using System.Globalization;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Search;

namespace Enforcement.Api.Listings.Search;

/// <summary>
/// The query string of a listing search. Numbers and dates arrive as text so that a typo gets a per-field
/// message instead of a bare 400; repeated keys (platform=shopee&amp;platform=lazada) mean any of them.
/// </summary>
public sealed record SearchListingsRequest(
    string? Q, string[]? Platform, string[]? Brand, string[]? Seller, string? MinPrice, string? MaxPrice, string[]? Risk,
    string[]? Status, string? Province, string? Ward, string? FirstSeenFrom, string? LastSeenFrom, string? Sort, string? Cursor,
    string? PageSize, bool? Prefix)
{
    public static readonly IReadOnlyDictionary<string, SearchSort> Sorts = new Dictionary<string, SearchSort>
    {
        ["relevance"] = SearchSort.Relevance, ["risk"] = SearchSort.Risk, ["price_asc"] = SearchSort.PriceAsc,
        ["price_desc"] = SearchSort.PriceDesc, ["newest"] = SearchSort.Newest,
    };

    private static readonly string[] Bands = [RiskBands.High, RiskBands.Medium, RiskBands.Low];
    private static readonly string[] Statuses = ["active", "removed"];

    /// <summary>The query the index understands, or the fields that are wrong. Page sizes above the cap are cut to it.</summary>
    internal (ListingQuery? Query, FieldErrors Errors) ToQuery()
    {
        var errors = new FieldErrors();
        if (Q is { Length: > ListingQuery.MaxTextLength }) errors.Add("q", Text.Format("error.tooLong", Text.Pick("Từ khóa", "The query"), ListingQuery.MaxTextLength));
        var min = Money(MinPrice, "minPrice", errors);
        var max = Money(MaxPrice, "maxPrice", errors);
        if (min > max) errors.Add("maxPrice", Text.Pick("Giá tối đa phải lớn hơn hoặc bằng giá tối thiểu.", "The maximum price must not be below the minimum."));
        var sort = SearchSort.Relevance;
        if (Sort is { Length: > 0 } && !Sorts.TryGetValue(Sort, out sort))
            errors.Add("sort", Text.Pick("Cách sắp xếp không hợp lệ: ", "Unknown sort; use ") + string.Join(", ", Sorts.Keys) + ".");
        if (Risk?.Any(r => !Bands.Contains(r)) == true) errors.Add("risk", Text.Pick("Mức rủi ro phải là high, medium hoặc low.", "Risk must be high, medium or low."));
        if (Status?.Any(s => !Statuses.Contains(s)) == true) errors.Add("status", Text.Get("error.status"));
        var pageSize = ListingQuery.DefaultPageSize;
        if (PageSize is { Length: > 0 } && (!int.TryParse(PageSize, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1))
        {
            if (PageSize.All(char.IsAsciiDigit) && PageSize.TrimStart('0').Length > 0) pageSize = ListingQuery.MaxPageSize;   // huge: capped
            else errors.Add("pageSize", Text.Format("error.range", 1, ListingQuery.MaxPageSize));
        }
        var firstSeen = Day(FirstSeenFrom, "firstSeenFrom", errors);
        var lastSeen = Day(LastSeenFrom, "lastSeenFrom", errors);
        foreach (var (field, value) in new[] { ("province", Province), ("ward", Ward), ("cursor", Cursor) })
        {
            errors.NoControlCharacters(field, value, multiline: false);
            errors.MaxLength(field, value, 1_000);
        }
        if (!errors.IsEmpty) return (null, errors);
        return (new ListingQuery
        {
            Text = Q,
            PrefixLastWord = Prefix == true,
            Platforms = Platform ?? [], Brands = Brand ?? [], Sellers = Seller ?? [], RiskBands = Risk ?? [], Statuses = Status ?? [],
            Province = Blank(Province), Ward = Blank(Ward), MinPrice = min, MaxPrice = max, FirstSeenFrom = firstSeen, LastSeenFrom = lastSeen,
            Sort = sort, Cursor = Blank(Cursor), PageSize = Math.Min(pageSize, ListingQuery.MaxPageSize),
        }, errors);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static long? Money(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= 1_000_000_000_000) return v;
        errors.Add(field, Text.Pick("Giá phải là số nguyên VNĐ từ 0 đến 1.000.000.000.000.", "A price is a whole number of VND from 0 to 1,000,000,000,000."));
        return null;
    }

    private static DateTime? Day(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100)
            return VietnamTime.StartOfDayUtc(d);
        errors.Add(field, Text.Pick("Ngày không hợp lệ (định dạng yyyy-MM-dd).", "Not a date (yyyy-MM-dd)."));
        return null;
    }
}
