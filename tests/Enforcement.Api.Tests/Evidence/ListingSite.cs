using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Api.Tests.Evidence;

/// <summary>
/// A marketplace of our own on loopback (the third-party website is the one thing tests may stand in for):
/// a Vietnamese listing with JSON-LD, price and seller, and pages for the tamper test.
/// </summary>
public sealed class ListingSite : IAsyncDisposable
{
    private static readonly Lazy<Task<ListingSite>> Shared = new(StartAsync);
    private readonly WebApplication _app;

    private ListingSite(WebApplication app, Uri baseAddress) => (_app, BaseAddress) = (app, baseAddress);

    public Uri BaseAddress { get; }
    public string HostAndPort => $"{BaseAddress.Host}:{BaseAddress.Port}";

    public static Task<ListingSite> GetAsync() => Shared.Value;

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    private static async Task<ListingSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/listing/{id}", (string id) => Results.Content(Listing(id, "Nước mắm Phú Quốc 40 độ đạm chai 500ml", 125_000, "Tạp hóa Minh Châu"), "text/html; charset=utf-8"));
        app.MapGet("/gone", () => Results.NotFound());
        // Down the first time it is asked for, then fine: a retry must capture it.
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        app.MapGet("/flaky/{id}", (string id) => seen.AddOrUpdate("flaky:" + id, 1, (_, n) => n + 1) == 1
            ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
            : Results.Content(Listing(id, "Nước mắm Phú Quốc 40 độ đạm chai 500ml", 125_000, "Tạp hóa Minh Châu"), "text/html; charset=utf-8"));
        // The seller raises the price between two visits.
        app.MapGet("/changing/{id}", (string id) => Results.Content(
            Listing(id, "Nước mắm Phú Quốc 40 độ đạm chai 500ml", 125_000 + (seen.AddOrUpdate("changing:" + id, 1, (_, n) => n + 1) - 1) * 10_000, "Tạp hóa Minh Châu"),
            "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Urls.First();
        return new ListingSite(app, new Uri(address));
    }

    public static string Listing(string id, string title, long price, string seller) => $$$"""
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><title>{{{title}}} | Chợ Thử</title>
        <meta property="og:title" content="{{{title}}}">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"Product","name":"{{{title}}}","sku":"{{{id}}}",
         "offers":{"@type":"Offer","price":"{{{price}}}","priceCurrency":"VND","seller":{"@type":"Organization","name":"{{{seller}}}","url":"/shop/minh-chau"} } }
        </script></head>
        <body><h1>{{{title}}}</h1><p class="price">{{{price:#,0}}} ₫</p><p class="seller">Người bán: {{{seller}}}</p>
        <p>Mã tin: {{{id}}}. Cam kết hàng chính hãng, giao hàng toàn quốc.</p></body></html>
        """;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
