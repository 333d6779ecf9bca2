using Enforcement.Search.Querying;

namespace Enforcement.Search.Sqlite;

/// <summary>
/// A <see cref="ParsedQuery"/> as FTS5 MATCH text. Every word is quoted, so nothing a user types is ever FTS5
/// syntax; the words are already folded, as the indexed columns are.
/// </summary>
internal static class FtsExpression
{
    /// <summary>What must match: groups ANDed, clauses of a group ORed, "NOT (…)" for exclusions; null when nothing must.</summary>
    public static string? Positive(ParsedQuery query)
    {
        if (query.MatchesAll) return null;
        var must = string.Join(" AND ", query.Must.Select(g => "(" + string.Join(" OR ", g.Select(Clause)) + ")"));
        return query.MustNot.Count == 0 ? must : $"{must} NOT {Negative(query)}";
    }

    /// <summary>The exclusions alone, ORed: FTS5's NOT is binary, so a query of only exclusions subtracts these.</summary>
    public static string? Negative(ParsedQuery query) =>
        query.MustNot.Count == 0 ? null : "(" + string.Join(" OR ", query.MustNot.Select(Clause)) + ")";

    /// <summary>A phrase of one or more words; a prefix marks its last word ("a b" * in FTS5).</summary>
    private static string Clause(QueryClause clause) =>
        "\"" + string.Join(" ", clause.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (clause.Prefix ? " *" : "");
}
