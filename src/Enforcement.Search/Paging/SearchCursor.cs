using System.Buffers.Text;
using System.Text.Json;

namespace Enforcement.Search.Paging;

/// <summary>
/// Where a page ended: the sort key of its last hit and that hit's id (ties break by id ascending), so the
/// next page starts right after it at any depth. Opaque to callers; bound to the sort it was made for.
/// </summary>
public sealed record SearchCursor(SearchSort Sort, double Key, long Id)
{
    /// <summary>Sort key for a price: missing prices sort last either way.</summary>
    public static double PriceKey(long? price, SearchSort sort) =>
        price ?? (sort == SearchSort.PriceAsc ? long.MaxValue : -1);

    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire((int)Sort, Key, Id)));

    /// <summary>The cursor, or a <see cref="SearchQueryException"/> when it is not one this sort made.</summary>
    public static SearchCursor? Decode(string? cursor, SearchSort sort)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(cursor));
            if (wire is not null && wire.S == (int)sort && double.IsFinite(wire.K)) return new SearchCursor(sort, wire.K, wire.I);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException) { }
        throw new SearchQueryException("cursor", "The cursor is not from this search.");
    }

    private sealed record Wire(int S, double K, long I);
}
