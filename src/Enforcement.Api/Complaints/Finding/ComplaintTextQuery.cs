using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Finding;

/// <summary>
/// Free text (q) as a filter on complaints. The query is folded like the stored text; every word must occur (as a
/// substring, so "nguyen" finds "Nguyễn Văn" and "0901234567" a phone typed with spaces). A query with a word
/// shorter than three letters is matched as one phrase ("Đà Nẵng" → "da nang"), since a trigram index cannot find
/// two letters alone. SQLite asks its FTS5 trigram table, PostgreSQL a pg_trgm GIN index through LIKE; folded words
/// hold only letters and digits, so no user text is ever MATCH or LIKE syntax.
/// </summary>
internal static class ComplaintTextQuery
{
    public const int MaxLength = 200;

    /// <summary>The substrings that must all occur, or none when the query has no letters or digits.</summary>
    public static List<string> Terms(string q)
    {
        var words = ComplaintSearchText.Words(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (ComplaintSearchText.Digits(q) is { } phone && q.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '.' or '-' or '+' or '(' or ')')) return [phone];
        return words.Count == 0 ? [] : words.Any(w => w.Length < 3) ? [string.Join(' ', words)] : words;
    }

    public static IQueryable<Complaint> Matching(this IQueryable<Complaint> query, EnforcementDbContext db, IReadOnlyList<string> terms)
    {
        if (db.Database.IsNpgsql() || terms.Any(t => t.Length < 3))
        {
            // PostgreSQL: pg_trgm answers LIKE from the index. SQLite below three letters: FTS5 trigram cannot, so a scan.
            foreach (var term in terms)
            {
                var pattern = "%" + term + "%";
                query = query.Where(c => EF.Functions.Like(c.SearchText!, pattern));
            }
            return query;
        }
        var match = string.Join(' ', terms.Select(t => "\"" + t + "\""));
        var ids = db.Database.SqlQuery<long>($"""SELECT rowid AS "Value" FROM "ComplaintSearch" WHERE "ComplaintSearch" MATCH {match}""");
        return query.Where(c => ids.Contains(c.Id));
    }
}
