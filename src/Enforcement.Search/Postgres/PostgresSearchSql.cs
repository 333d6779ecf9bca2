using Enforcement.Search.Paging;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Search.Postgres;

/// <summary>The WHERE, ORDER BY and keyset conditions of a search; values always go in as parameters.</summary>
internal sealed class PostgresSearchSql
{
    /// <summary>Title matches first (the +1; @qa is the query on weight A only), then ts_rank with weights {D, C, B, A}, squashed into [0, 1).</summary>
    public const string Score = """
        ((CASE WHEN "Document" @@ @qa::tsquery THEN 1 ELSE 0 END)
         + ts_rank('{0.1, 0.2, 0.4, 1.0}', "Document", @q::tsquery, 32))::float8
        """;

    private readonly List<string> _where = [];
    public List<NpgsqlParameter> Parameters { get; } = [];

    public PostgresSearchSql(ListingQuery query, bool hasText)
    {
        if (hasText) _where.Add("""("Document" @@ @q::tsquery)""");
        Any("Platform", query.Platforms);
        Any("Brand", query.Brands);
        Any("Seller", query.Sellers);
        Any("RiskBand", query.RiskBands);
        Any("Status", query.Statuses);
        if (query.Province is not null) Add("\"Province\" = {0}", query.Province, NpgsqlDbType.Text);
        if (query.Ward is not null) Add("\"Ward\" = {0}", query.Ward, NpgsqlDbType.Text);
        if (query.MinPrice is { } min) Add("\"Price\" >= {0}", min, NpgsqlDbType.Bigint);
        if (query.MaxPrice is { } max) Add("\"Price\" <= {0}", max, NpgsqlDbType.Bigint);
        if (query.FirstSeenFrom is { } first) Add("\"FirstSeen\" >= {0}", Utc(first), NpgsqlDbType.TimestampTz);
        if (query.LastSeenFrom is { } last) Add("\"LastSeen\" >= {0}", Utc(last), NpgsqlDbType.TimestampTz);
    }

    public string Where => _where.Count == 0 ? "TRUE" : string.Join(" AND ", _where);

    /// <summary>The ORDER BY for a sort; relevance without text is newest.</summary>
    public static string OrderBy(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => "score DESC, \"Id\"",
        SearchSort.Risk => "\"Risk\" DESC, \"Id\"",
        SearchSort.PriceAsc => "\"Price\" ASC NULLS LAST, \"Id\"",
        SearchSort.PriceDesc => "\"Price\" DESC NULLS LAST, \"Id\"",
        _ => "\"FirstSeen\" DESC, \"Id\"",
    };

    /// <summary>
    /// Rows strictly after the cursor in <paramref name="sort"/> order. The leading bound (e.g. Risk &lt;= k)
    /// repeats the OR's first column so an index scan can start at the cursor instead of the top.
    /// </summary>
    public string After(SearchCursor cursor, SearchSort sort)
    {
        var id = Param(cursor.Id, NpgsqlDbType.Bigint);
        switch (sort)
        {
            case SearchSort.Relevance:
                var s = Param(cursor.Key, NpgsqlDbType.Double);
                return $"({Score} < {s} OR ({Score} = {s} AND \"Id\" > {id}))";
            case SearchSort.Risk:
                var r = Param((int)Math.Clamp(cursor.Key, int.MinValue, int.MaxValue), NpgsqlDbType.Integer);
                return $"\"Risk\" <= {r} AND (\"Risk\" < {r} OR \"Id\" > {id})";
            case SearchSort.PriceAsc or SearchSort.PriceDesc:
                if (cursor.Key == SearchCursor.PriceKey(null, sort)) return $"(\"Price\" IS NULL AND \"Id\" > {id})";
                var p = Param((long)cursor.Key, NpgsqlDbType.Bigint);
                var (op, bound) = sort == SearchSort.PriceAsc ? (">", ">=") : ("<", "<=");
                return $"(\"Price\" IS NULL OR (\"Price\" {bound} {p} AND (\"Price\" {op} {p} OR \"Id\" > {id})))";
            default:
                var t = Param(NewestTime(cursor.Key), NpgsqlDbType.TimestampTz);
                return $"\"FirstSeen\" <= {t} AND (\"FirstSeen\" < {t} OR \"Id\" > {id})";
        }
    }

    /// <summary>The cursor key of a row: microseconds since the epoch stay exact in a double (and PostgreSQL keeps µs).</summary>
    public static double NewestKey(DateTime firstSeen) => (firstSeen.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    private static DateTime NewestTime(double key)
    {
        if (!double.IsFinite(key) || Math.Abs(key) > 2e17) throw new SearchQueryException("cursor", "The cursor is not from this search.");
        return DateTime.UnixEpoch.AddTicks((long)key * 10);
    }

    private void Any(string column, IReadOnlyList<string> values)
    {
        if (values.Count > 0) Add($"\"{column}\" = ANY({{0}})", values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
    }

    private void Add(string format, object value, NpgsqlDbType type) => _where.Add(string.Format(format, Param(value, type)));

    private string Param(object value, NpgsqlDbType type)
    {
        var name = "f" + Parameters.Count;
        Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        return "@" + name;
    }

    private static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Utc ? t : t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
