using System.Text;
using Enforcement.Api.Listings.Risk.Matching;

namespace Enforcement.Api.Tests.Listings.Risk;

public sealed class TokenizedTextTests
{
    [Theory]
    [InlineData("Túi like auth 1:1", "1:1", true)]
    [InlineData("Túi like auth 1 : 1", "1:1", true)]
    [InlineData("Giờ mở cửa 11:11", "1:1", false)]
    [InlineData("Size 1 1", "1:1", false)]
    [InlineData("Copyright 2026", "copy", false)]
    [InlineData("Máy photocopy", "copy", false)]
    [InlineData("Hàng COPY đẹp", "copy", true)]
    [InlineData("Giày F10", "f1", false)]
    [InlineData("Giày AF1", "f1", false)]
    [InlineData("Giày (F1)", "f1", true)]
    [InlineData("like-auth", "like auth", true)]
    [InlineData("like authentic", "like auth", false)]
    public void Phrases_match_whole_words_only(string text, string phrase, bool found) =>
        Assert.Equal(found, TokenizedText.Of(text).Find(TokenizedText.Of(phrase), strictMarks: false).Any());

    [Fact]
    public void Nfd_input_cuts_into_the_same_words_as_nfc()
    {
        const string nfc = "Hàng nhái loại 1 ĐỒNG HỒ";
        var a = TokenizedText.Of(nfc);
        var b = TokenizedText.Of(nfc.Normalize(NormalizationForm.FormD));
        Assert.NotEqual(nfc, nfc.Normalize(NormalizationForm.FormD));
        Assert.Equal(a.Tokens, b.Tokens);
        Assert.Equal(["hàng", "nhái", "loại", "1", "đồng", "hồ"], a.Tokens.Select(t => t.Written));
        Assert.Equal(["hang", "nhai", "loai", "1", "dong", "ho"], a.Tokens.Select(t => t.Folded));
    }

    [Fact]
    public void Strict_matching_tells_words_apart_by_their_marks()
    {
        var chew = TokenizedText.Of("Kẹo cao su nhai");
        var fake = TokenizedText.Of("nhái");
        Assert.True(chew.HasMarks);
        Assert.False(chew.Find(fake, strictMarks: true).Any());
        Assert.True(chew.Find(fake, strictMarks: false).Any());
        Assert.False(TokenizedText.Of("keo cao su nhai").HasMarks);
    }
}
