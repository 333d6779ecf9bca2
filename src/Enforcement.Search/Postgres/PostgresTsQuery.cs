using Enforcement.Search.Querying;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Search.Postgres;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a tsquery built by PostgreSQL from parameters: every word goes in as a
/// parameter and through the same parser, unaccent wrapper and 'simple' config as the indexed text, so user text
/// is never spliced into SQL nor into tsquery syntax (prefixes quote their lexeme).
/// </summary>
internal static class PostgresTsQuery
{
    /// <summary>The SQL expression of the tsquery and its parameters, or null when the query has no words.</summary>
    public static (string Sql, List<NpgsqlParameter> Parameters)? Build(ParsedQuery query)
    {
        if (query.Must.Count == 0 && query.MustNot.Count == 0) return null;
        var parameters = new List<NpgsqlParameter>();
        var must = query.Must.Select(g => "(" + string.Join(" || ", g.Select(c => Clause(c, parameters))) + ")").ToList();
        var parts = new List<string>(must);
        if (query.MustNot.Count > 0)
            parts.Add("!!(" + string.Join(" || ", query.MustNot.Select(c => Clause(c, parameters))) + ")");
        return (string.Join(" && ", parts), parameters);
    }

    private static string Clause(QueryClause clause, List<NpgsqlParameter> parameters)
    {
        if (!clause.Prefix) return Phrase(clause.Words, parameters);
        var prefix = Prefix(clause.Words[^1], parameters);
        return clause.Words.Count == 1 ? prefix : $"tsquery_phrase({Phrase(clause.Words.Take(clause.Words.Count - 1), parameters)}, {prefix})";
    }

    private static string Phrase(IEnumerable<string> words, List<NpgsqlParameter> parameters) =>
        $"phraseto_tsquery('simple', public.f_unaccent({Add(string.Join(' ', words), parameters)}))";

    /// <summary>'word':* with the lexeme quoted the way tsquery input reads it (quotes and backslashes doubled).</summary>
    private static string Prefix(string word, List<NpgsqlParameter> parameters) =>
        $"""to_tsquery('simple', '''' || replace(replace(public.f_unaccent({Add(word, parameters)}), '\', '\\'), '''', '''''') || ''':*')""";

    private static string Add(string value, List<NpgsqlParameter> parameters)
    {
        var name = "w" + parameters.Count;
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = value });
        return "@" + name;
    }
}
