using System.Text.Json;
using Enforcement.Evidence.Capture;
using Microsoft.Playwright;

namespace Enforcement.Evidence.Listings;

/// <summary>
/// Listing facts from the final DOM: JSON-LD Product/Offer first, then Open Graph, then the platform's
/// rule. The first source that yields anything names the Source; later sources only fill gaps.
/// </summary>
internal static class ListingExtractor
{
    // Runs in the page: gathers raw strings only; all interpretation happens in C#.
    private const string Script = """
        (rule) => {
          const meta = (...names) => { for (const n of names) { const e = document.querySelector(`meta[property="${n}"], meta[name="${n}"]`); if (e && e.getAttribute('content')) return e.getAttribute('content'); } return null; };
          const text = (sel) => { if (!sel) return null; const e = document.querySelector(sel); return e ? ((e.innerText || e.textContent || '').trim() || null) : null; };
          const href = (sel) => { if (!sel) return null; const e = document.querySelector(sel); return e && e.href ? e.href : null; };
          return {
            ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => s.textContent || ''),
            og: { title: meta('og:title'), amount: meta('product:price:amount', 'og:price:amount'), currency: meta('product:price:currency', 'og:price:currency') },
            rule: rule ? { title: text(rule.title), price: text(rule.price), seller: text(rule.seller), shop: href(rule.shopLink) } : null
          };
        }
        """;

    public static async Task<ListingFacts?> ExtractAsync(IPage page, Uri finalUrl, IReadOnlyList<PlatformRule> rules)
    {
        var rule = rules.FirstOrDefault(r => r.Matches(finalUrl));
        object? arg = rule is null ? null : new { title = rule.Title, price = rule.Price, seller = rule.Seller, shopLink = rule.ShopLink };
        var raw = await page.EvaluateAsync<JsonElement>(Script, arg);

        var found = new List<ListingFacts>();
        foreach (var ld in raw.GetProperty("ld").EnumerateArray())
            if (FromJsonLd(ld.GetString()) is { } facts) { found.Add(facts); break; }
        var og = raw.GetProperty("og");
        var ogCurrency = Str(og, "currency");
        var ogFacts = new ListingFacts(Str(og, "title"), IsVnd(ogCurrency) ? VndPrice.Parse(Str(og, "amount")) : null, null, null, "open-graph");
        if (ogFacts.Title is not null || ogFacts.PriceVnd is not null) found.Add(ogFacts);
        if (rule is not null && raw.GetProperty("rule") is { ValueKind: JsonValueKind.Object } r)
        {
            var ruleFacts = new ListingFacts(Str(r, "title"), VndPrice.Parse(Str(r, "price")), Str(r, "seller"), Str(r, "shop"), "rule:" + rule.Platform);
            if (ruleFacts is not { Title: null, PriceVnd: null, Seller: null, ShopUrl: null }) found.Add(ruleFacts);
        }
        if (found.Count == 0) return null;
        return found.Skip(1).Aggregate(found[0], (acc, next) => acc with
        {
            Title = acc.Title ?? next.Title, PriceVnd = acc.PriceVnd ?? next.PriceVnd,
            Seller = acc.Seller ?? next.Seller, ShopUrl = acc.ShopUrl ?? next.ShopUrl,
        });
    }

    /// <summary>A Product node anywhere in one JSON-LD block (object, array or @graph).</summary>
    internal static ListingFacts? FromJsonLd(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FindProduct(doc.RootElement) is { } product ? FromProduct(product) : null;
        }
        catch (JsonException) { return null; }   // a broken block on a seller's page is not our failure
    }

    private static JsonElement? FindProduct(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) if (FindProduct(item) is { } p) return p;
            return null;
        }
        if (node.ValueKind != JsonValueKind.Object) return null;
        if (IsType(node, "Product")) return node;
        return node.TryGetProperty("@graph", out var graph) ? FindProduct(graph) : null;
    }

    private static ListingFacts FromProduct(JsonElement product)
    {
        long? price = null; string? seller = null, shopUrl = null;
        if (product.TryGetProperty("offers", out var offers))
        {
            var offer = offers.ValueKind == JsonValueKind.Array ? offers.EnumerateArray().FirstOrDefault() : offers;
            if (offer.ValueKind == JsonValueKind.Object)
            {
                if (IsVnd(Str(offer, "priceCurrency")))
                    price = Price(offer, "price") ?? Price(offer, "lowPrice");
                if (offer.TryGetProperty("seller", out var s)) { seller = Name(s); shopUrl = s.ValueKind == JsonValueKind.Object ? Str(s, "url") : null; }
            }
        }
        if (seller is null && product.TryGetProperty("brand", out var brand)) seller = Name(brand);
        return new ListingFacts(Str(product, "name"), price, seller, shopUrl, "json-ld");
    }

    private static bool IsType(JsonElement node, string type) =>
        node.TryGetProperty("@type", out var t) &&
        (t.ValueKind == JsonValueKind.String ? t.GetString() == type : t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.GetString() == type));

    /// <summary>Missing currency is read as VND (a .vn listing); any other currency gives no VND price.</summary>
    private static bool IsVnd(string? currency) => currency is null || currency.Trim().Equals("VND", StringComparison.OrdinalIgnoreCase);

    private static long? Price(JsonElement offer, string name) =>
        !offer.TryGetProperty(name, out var p) ? null
        : p.ValueKind == JsonValueKind.Number && p.TryGetDecimal(out var d) ? (long)Math.Round(d)
        : p.ValueKind == JsonValueKind.String ? VndPrice.Parse(p.GetString()) : null;

    private static string? Name(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Object => Str(e, "name"),
        _ => null,
    };

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString()!.Trim(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;

}
