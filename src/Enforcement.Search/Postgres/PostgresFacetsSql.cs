namespace Enforcement.Search.Postgres;

/// <summary>
/// Facet counts and the total in one pass over the matches: GROUPING SETS, then the top values of each facet
/// by count, ties by value (byte order, like the other backends). Missing values (no brand) are not a bucket.
/// </summary>
internal static class PostgresFacetsSql
{
    public static string Build(string where) => $"""
        SELECT facet, value, count FROM (
            SELECT facet, value, count,
                   row_number() OVER (PARTITION BY facet ORDER BY count DESC, value COLLATE "C") AS rank
            FROM (
                SELECT CASE GROUPING("Platform", "Brand", "Seller", "RiskBand")
                           WHEN 7 THEN '{Facets.Platform}' WHEN 11 THEN '{Facets.Brand}'
                           WHEN 13 THEN '{Facets.Seller}' WHEN 14 THEN '{Facets.Risk}' ELSE 'total' END AS facet,
                       COALESCE("Platform", "Brand", "Seller", "RiskBand") AS value,
                       count(*) AS count
                FROM "{PostgresSchema.Table}" WHERE {where}
                GROUP BY GROUPING SETS (("Platform"), ("Brand"), ("Seller"), ("RiskBand"), ())
            ) AS groups
            WHERE value IS NOT NULL OR facet = 'total'
        ) AS ranked
        WHERE rank <= {Facets.Size} OR facet = 'total'
        """;
}
