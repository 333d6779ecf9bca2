using System.Text;
using Enforcement.Search.Querying;

namespace Enforcement.Search.Tests;

public class QueryParserTests
{
    private static string Show(ParsedQuery q) =>
        string.Join(" ", q.Must.Select(g => string.Join("|", g.Select(Clause)))) + (q.MustNot.Count > 0 ? " NOT " + string.Join(" ", q.MustNot.Select(Clause)) : "");

    private static string Clause(QueryClause c) => (c.IsPhrase ? "\"" + string.Join(" ", c.Words) + "\"" : c.Words[0]) + (c.Prefix ? "*" : "");

    [Theory]
    [InlineData("Nước mắm Phú Quốc", "nuoc mam phu quoc")]
    [InlineData("ĐỒNG HỒ", "dong ho")]
    [InlineData("\"like auth\" -replica", "\"like auth\" NOT replica")]
    [InlineData("rolex OR chanel nike", "rolex|chanel nike")]
    [InlineData("OR rolex", "rolex")]
    [InlineData("nuoc ma*", "nuoc ma*")]
    [InlineData("rep 1:1", "rep \"1 1\"")]
    [InlineData("\"like auth", "like auth")]
    [InlineData("- -", "")]
    [InlineData("-\"hang nhai\" tui", "tui NOT \"hang nhai\"")]
    [InlineData("!!! ???", "")]
    public void Reads_operators_and_falls_back_on_broken_syntax(string text, string expected) =>
        Assert.Equal(expected, Show(QueryParser.Parse(text)));

    [Fact]
    public void Nfd_input_parses_like_nfc() =>
        Assert.Equal(Show(QueryParser.Parse("Túi xách")), Show(QueryParser.Parse("Túi xách".Normalize(NormalizationForm.FormD))));

    [Fact]
    public void Type_ahead_makes_the_last_word_a_prefix() =>
        Assert.Equal("dong h*", Show(QueryParser.Parse("dong h", prefixLastWord: true)));

    [Fact]
    public void Long_input_is_cut_and_clauses_are_capped()
    {
        var q = QueryParser.Parse(string.Join(" ", Enumerable.Range(0, 5_000).Select(i => "w" + i)));
        Assert.Equal(QueryParser.MaxClauses, q.Must.Count);
        Assert.True(QueryParser.Parse(new string('x', 10_000)).Must[0][0].Words[0].Length <= ListingQuery.MaxTextLength);
    }
}
