using System.Text;
using Enforcement.Evidence.Packaging;

namespace Enforcement.Evidence.Tests.Packaging;

public sealed class CdxjIndexerTests
{
    [Fact]
    public void Response_records_are_indexed_with_their_HTTP_status_and_type_sorted_by_url_key()
    {
        var warcinfo = Record("WARC-Type: warcinfo\r\nContent-Type: application/warc-fields", "software: test\r\n");
        var http = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>gone</p>";
        var response = Record("WARC-Type: response\r\nWARC-Target-URI: https://www.Shop.example:8443/B?z=1&a=2\r\nWARC-Date: 2026-01-02T03:04:05Z\r\n" +
            "WARC-Payload-Digest: sha256:abc\r\nContent-Type: application/http;msgtype=response", http);
        var request = Record("WARC-Type: request\r\nWARC-Target-URI: https://shop.example/a\r\nContent-Type: application/http;msgtype=request", "GET /a HTTP/1.1\r\n\r\n");
        var resource = Record("WARC-Type: resource\r\nWARC-Target-URI: https://shop.example/a\r\nWARC-Date: 2026-01-02T03:04:06Z\r\nContent-Type: image/png", "PNG");
        var warc = Encoding.UTF8.GetBytes(warcinfo + response + request + resource);

        var lines = Encoding.UTF8.GetString(CdxjIndexer.Index(new MemoryStream(warc), "data.warc")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var responseOffset = Encoding.UTF8.GetByteCount(warcinfo);
        var resourceOffset = Encoding.UTF8.GetByteCount(warcinfo + response + request);
        Assert.Equal(
        [
            $$"""example,shop)/a 20260102030406 {"url":"https://shop.example/a","mime":"image/png","status":"200","length":"{{Encoding.UTF8.GetByteCount(resource)}}","offset":"{{resourceOffset}}","filename":"data.warc"}""",
            $$"""example,shop:8443)/b?a=2&z=1 20260102030405 {"url":"https://www.Shop.example:8443/B?z=1&a=2","mime":"text/html","status":"404","digest":"sha256:abc","length":"{{Encoding.UTF8.GetByteCount(response)}}","offset":"{{responseOffset}}","filename":"data.warc"}""",
        ], lines);
    }

    [Fact]
    public void A_file_that_is_not_a_WARC_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => CdxjIndexer.Index(new MemoryStream("HELLO\r\n\r\n"u8.ToArray()), "data.warc"));
        Assert.Throws<InvalidDataException>(() => CdxjIndexer.Index(new MemoryStream("WARC/1.1\r\nWARC-Type: resource\r\n\r\n"u8.ToArray()), "data.warc"));
    }

    private static string Record(string headers, string block) =>
        $"WARC/1.1\r\n{headers}\r\nContent-Length: {Encoding.UTF8.GetByteCount(block)}\r\n\r\n{block}\r\n\r\n";
}
