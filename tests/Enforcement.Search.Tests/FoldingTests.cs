using System.Text;
using Enforcement.Search.Folding;
using Enforcement.Search.Highlighting;
using Enforcement.Search.Querying;

namespace Enforcement.Search.Tests;

public class FoldingTests
{
    [Theory]
    [InlineData("Nước mắm Phú Quốc", "nuoc mam phu quoc")]
    [InlineData("ĐỒNG HỒ đồng hồ", "dong ho dong ho")]
    [InlineData("Hàng loại 1", "hang loai 1")]
    [InlineData("Ốp lưng", "op lung")]
    public void Folds_case_marks_and_d(string text, string folded)
    {
        Assert.Equal(folded, VietnameseFolding.Fold(text));
        Assert.Equal(folded, VietnameseFolding.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Highlights_keep_the_original_text_of_decomposed_input()
    {
        var marked = Highlighter.Mark("Nước mắm".Normalize(NormalizationForm.FormD), QueryParser.Parse("nuoc"));
        Assert.Equal("<mark>Nước</mark> mắm", marked);
    }

    [Fact]
    public void Emoji_and_lone_surrogates_neither_throw_nor_hide_words()
    {
        Assert.Equal("<mark>Túi</mark> xách 👜 hot", Highlighter.Mark("Túi xách 👜 hot", QueryParser.Parse("tui")));
        Assert.Equal("tui \uFFFD", VietnameseFolding.Fold("Túi \uD800"));
        Assert.Equal("<mark>Túi</mark> \uFFFD", Highlighter.Mark("Túi \uDC00", QueryParser.Parse("tui")));
    }

    [Fact]
    public void A_long_description_is_cut_around_the_first_match()
    {
        var text = new string('a', 500) + " Phú Quốc " + new string('b', 500);
        var marked = Highlighter.Mark(text, QueryParser.Parse("phu"), 200)!;
        Assert.StartsWith("…", marked, StringComparison.Ordinal);
        Assert.EndsWith("…", marked, StringComparison.Ordinal);
        Assert.Contains(" <mark>Phú</mark> Quốc ", marked, StringComparison.Ordinal);
        Assert.True(marked.Length < 260);
    }
}
