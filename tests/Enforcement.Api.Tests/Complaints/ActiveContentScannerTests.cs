using System.Text;
using Enforcement.Api.Complaints.Submit;

namespace Enforcement.Api.Tests.Complaints;

/// <summary>The scanner jumps between candidate bytes; these pin down that a jump never skips a marker or a name.</summary>
public sealed class ActiveContentScannerTests
{
    [Theory]
    [InlineData("<ScRiPt>", 1)]
    [InlineData("<!DOCTYPE HTML>", 7)]
    [InlineData("JavaScript:alert(1)", 5)]
    [InlineData("<svg onload=x>", 2)]
    public void An_html_marker_is_found_in_any_case_and_across_any_chunk_boundary(string marker, int cut)
    {
        var bytes = Filler(100_000, at: 81_915, Encoding.ASCII.GetBytes(marker));
        foreach (var split in new[] { 81_915 + cut, 81_920, 40_000 })
        {
            var scanner = new ActiveContentScanner();
            scanner.Feed(bytes.AsSpan(0, split));
            scanner.Feed(bytes.AsSpan(split));
            Assert.True(scanner.HasHtml, $"{marker} split at {split}");
        }
    }

    [Fact]
    public void Near_misses_are_not_html()
    {
        var scanner = new ActiveContentScanner();
        scanner.Feed(Filler(200_000, at: 1000, "<scrip <htm javascript <!doctype htm jJ<<"u8.ToArray()));
        Assert.False(scanner.HasHtml);
    }

    [Theory]
    [InlineData("/JavaScript ", "JavaScript")]
    [InlineData("/J#61vaScript ", "JavaScript")]
    [InlineData("/Launch<<", "Launch")]
    [InlineData("/EmbeddedFiles[", "EmbeddedFiles")]
    public void A_pdf_action_name_is_found_when_cut_by_a_chunk_boundary(string name, string expected)
    {
        var bytes = Filler(50_000, at: 30_000, Encoding.ASCII.GetBytes(name));
        for (var cut = 1; cut < name.Length; cut++)
        {
            var scanner = new ActiveContentScanner();
            scanner.Feed(bytes.AsSpan(0, 30_000 + cut));
            scanner.Feed(bytes.AsSpan(30_000 + cut));
            scanner.Complete();
            Assert.Equal(expected, scanner.PdfAction);
        }
    }

    [Fact]
    public void Longer_names_that_start_like_an_action_are_not_one()
    {
        var scanner = new ActiveContentScanner();
        scanner.Feed("/JavaScriptX /JSON /Launcher /ObjStmX"u8);
        scanner.Complete();
        Assert.Null(scanner.PdfAction);
        Assert.False(scanner.HasObjectStreams);
    }

    /// <summary>Bytes with no '<', 'j', 'J' or '/' except <paramref name="insert"/> at <paramref name="at"/>.</summary>
    private static byte[] Filler(int length, int at, byte[] insert)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is (byte)'<' or (byte)'j' or (byte)'J' or (byte)'/') bytes[i] = 0;
        }
        insert.CopyTo(bytes, at);
        return bytes;
    }
}
