using System.Text;
using Enforcement.Search.Folding;

namespace Enforcement.Search.Postgres;

/// <summary>A document as the table stores it: text PostgreSQL accepts, UTC times, and the folded words to index.</summary>
internal sealed record PostgresRow(ListingDocument Doc, string TitleWords, string BrandWords, string DescriptionWords)
{
    /// <summary>Folded words kept per field: a tsvector holds at most 1 MB and positions up to 16,383.</summary>
    private const int MaxWordsChars = 60_000;

    /// <summary>The stored columns a row gives values for, in order; "Document" is computed from the three word lists after them.</summary>
    public static readonly string[] Columns =
    [
        "Id", "Platform", "Title", "Description", "Brand", "Category", "Seller", "SellerName", "Province", "Ward",
        "Price", "Risk", "RiskBand", "Status", "FirstSeen", "LastSeen",
    ];

    /// <summary>
    /// The rows to write, the last of each id winning, in id order (concurrent upserts then lock rows in the same
    /// order and cannot deadlock), and the documents refused with why.
    /// </summary>
    public static (List<PostgresRow> Rows, List<IndexItemError> Errors) From(IEnumerable<ListingDocument> documents)
    {
        var rows = new Dictionary<long, PostgresRow>();
        var errors = new List<IndexItemError>();
        foreach (var d in documents)
        {
            if (d is null) continue;
            if (Refusal(d) is { } reason)
            {
                errors.Add(new IndexItemError(d.Id, reason));
                continue;
            }
            var clean = d with
            {
                Platform = Clean(d.Platform)!, Title = Clean(d.Title)!, Description = Clean(d.Description), Brand = Clean(d.Brand),
                Category = Clean(d.Category), Seller = Clean(d.Seller), SellerName = Clean(d.SellerName),
                Province = Clean(d.Province), Ward = Clean(d.Ward), RiskBand = Clean(d.RiskBand)!, Status = Clean(d.Status)!,
                FirstSeen = Utc(d.FirstSeen), LastSeen = Utc(d.LastSeen),
            };
            rows[d.Id] = new PostgresRow(clean, Words(clean.Title), Words(clean.Brand), Words(clean.Description));
        }
        return ([.. rows.Values.OrderBy(r => r.Doc.Id)], errors);
    }

    private static string? Refusal(ListingDocument d) =>
        string.IsNullOrEmpty(d.Platform) ? "platform is required"
        : d.Title is null ? "title is required"
        : string.IsNullOrEmpty(d.RiskBand) ? "risk band is required"
        : string.IsNullOrEmpty(d.Status) ? "status is required"
        : null;

    private static string Words(string? text)
    {
        var joined = string.Join(' ', VietnameseFolding.Words(text));
        return joined.Length <= MaxWordsChars ? joined : joined[..joined.LastIndexOf(' ', MaxWordsChars)];
    }

    private static DateTime Utc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Utc => t,
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => DateTime.SpecifyKind(t, DateTimeKind.Utc),
    };

    /// <summary>PostgreSQL text refuses NUL, and UTF-8 has no lone surrogates: drop the one, replace the other.</summary>
    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var ok = true;
        for (var i = 0; i < text.Length && ok; i++)
        {
            if (text[i] == '\0' || (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))) ok = false;
            else if (char.IsHighSurrogate(text[i])) i++;
        }
        if (ok) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }
}
