using System.Text;
using Enforcement.Search.Elasticsearch;
using Enforcement.Search.Highlighting;
using Enforcement.Search.Querying;

namespace Enforcement.Search.Tests.Elasticsearch;

/// <summary>Elasticsearch's highlights come out in the same form as the SQL backends' (<see cref="Highlighter"/>).</summary>
public sealed class HighlightFormatTests
{
    /// <summary>What Lucene's html encoder makes of text (it escapes ' and / its own way).</summary>
    private static string LuceneEncode(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#x27;", StringComparison.Ordinal).Replace("/", "&#x2F;", StringComparison.Ordinal);

    [Fact]
    public void A_long_description_is_cut_around_the_first_match_exactly_as_the_shared_highlighter_cuts_it()
    {
        var before = string.Concat(Enumerable.Repeat("Hàng đẹp <giá> tốt/rẻ, ", 8));
        var after = string.Concat(Enumerable.Repeat(" Giao hàng 'nhanh' & miễn phí.", 8));
        var text = before + "bao check" + after;
        var fromElasticsearch = LuceneEncode(before) + "<mark>bao check</mark>" + LuceneEncode(after);

        var expected = Highlighter.Mark(text, QueryParser.Parse("bao check"), 200);
        Assert.NotNull(expected);
        Assert.StartsWith("…", expected, StringComparison.Ordinal);
        Assert.Equal(expected, HighlightFormat.Render(fromElasticsearch, 200));
    }

    [Fact]
    public void Decomposed_text_comes_back_composed()
    {
        var nfd = "<mark>Nước</mark> <mark>mắm</mark> Phú Quốc".Normalize(NormalizationForm.FormD);
        Assert.Equal("<mark>Nước</mark> <mark>mắm</mark> Phú Quốc", HighlightFormat.Render(nfd));
    }

    [Fact]
    public void A_span_of_several_words_is_marked_word_by_word() =>
        Assert.Equal("Rolex <mark>like</mark> <mark>auth</mark> 1:1", HighlightFormat.Render("Rolex <mark>like auth</mark> 1:1"));

    [Fact]
    public void Text_without_a_mark_is_no_highlight() => Assert.Null(HighlightFormat.Render("Nước mắm &amp; muối"));
}
