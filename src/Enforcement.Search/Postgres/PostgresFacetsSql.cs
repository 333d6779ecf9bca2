namespace Enforcement.Search.Postgres;

/// <summary>
/// Facet counts and the total in one pass over the matches: the matches' facet columns are kept once, then each
/// facet takes its top values by count, ties by value (byte order, like the other backends). A top-N sort per
/// facet is cheaper than ranking every group. Missing values (no brand) are not a bucket.
/// </summary>
internal static class PostgresFacetsSql
{
    private static readonly (string Facet, string Column)[] Columns =
        [(Facets.Platform, "Platform"), (Facets.Brand, "Brand"), (Facets.Seller, "Seller"), (Facets.Risk, "RiskBand")];

    public static string Build(string where) => $"""
        WITH m AS MATERIALIZED (
            SELECT "Platform", "Brand", "Seller", "RiskBand" FROM "{PostgresSchema.Table}" WHERE {where}
        )
        (SELECT 'total', NULL, count(*) FROM m)
        {string.Join("\n", Columns.Select(c => $"""
            UNION ALL (SELECT '{c.Facet}', "{c.Column}", count(*) FROM m WHERE "{c.Column}" IS NOT NULL
                GROUP BY "{c.Column}" ORDER BY count(*) DESC, "{c.Column}" COLLATE "C" LIMIT {Facets.Size})
            """))}
        """;
}
