using System.Globalization;

namespace Enforcement.Api.Listings.Demo;

/// <summary>
/// The marketplaces (sàn thương mại điện tử) and the shapes of their shop and listing URLs and ids.
/// Listing ids grow with the listing's position (stride 37 plus a random step), so they never repeat in a corpus.
/// </summary>
internal static class CorpusPlatforms
{
    public const int Shopee = 0, Lazada = 1, Tiki = 2, TikTok = 3, Facebook = 4, Sendo = 5, Other = 6;

    public static readonly string[] Names = ["shopee", "lazada", "tiki", "tiktok_shop", "facebook", "sendo", "other"];
    public static readonly int[] Cumulative = CorpusPick.Cumulative([45, 25, 10, 10, 5, 3, 2]);

    private static readonly string[] OtherDomains = [".vn", ".com.vn", ".com"];

    /// <summary>The seller's platform id and shop URL.</summary>
    public static (string Id, string ShopUrl) Seller(int platform, int index, string handle, Random rng)
    {
        var n = index * 13L + rng.Next(13);
        return platform switch
        {
            Shopee => (Num(10_000_000 + n), $"https://shopee.vn/{handle}"),
            Lazada => (Num(100_000 + n), $"https://www.lazada.vn/shop/{handle}/"),
            Tiki => (Num(200_000 + n), $"https://tiki.vn/cua-hang/{handle}"),
            TikTok => (Num(7_490_000_000_000_000_000 + n), $"https://www.tiktok.com/@{handle}"),
            Facebook => (Num(100_000_000_000_000 + n), $"https://www.facebook.com/profile.php?id={100_000_000_000_000 + n}"),
            Sendo => (Num(500_000 + n), $"https://www.sendo.vn/shop/{handle}"),
            _ => (handle, $"https://{handle}{CorpusPick.One(rng, OtherDomains)}/"),
        };
    }

    /// <summary>The listing's platform id and URL, in the platform's real URL shape.</summary>
    public static (string Id, string Url) Listing(int platform, long position, CorpusSeller seller, string handle, string title, Random rng)
    {
        var step = position * 37 + rng.Next(37);
        switch (platform)
        {
            case Shopee:
                var item = Num(20_000_000_000 + step);
                return (item, $"https://shopee.vn/{CorpusText.Slug(title, lower: false)}-i.{seller.Id}.{item}");
            case Lazada:
                var lazada = Num(2_000_000_000 + step);
                return (lazada, $"https://www.lazada.vn/products/{CorpusText.Slug(title, lower: true)}-i{lazada}.html");
            case Tiki:
                var tiki = Num(100_000_000 + step);
                return (tiki, $"https://tiki.vn/{CorpusText.Slug(title, lower: true)}-p{tiki}.html");
            case TikTok:
                var tiktok = Num(1_729_000_000_000_000_000 + step);
                return (tiktok, $"https://www.tiktok.com/@{handle}/product/{tiktok}");
            case Facebook:
                var fb = Num(1_000_000_000_000_000 + step);
                return (fb, $"https://www.facebook.com/marketplace/item/{fb}/");
            case Sendo:
                var sendo = Num(30_000_000 + step);
                return (sendo, $"https://www.sendo.vn/{CorpusText.Slug(title, lower: true)}-{sendo}.html");
            default:
                var other = Num(1_000 + step);
                return (other, $"{seller.ShopUrl}san-pham/{CorpusText.Slug(title, lower: true)}-{other}");
        }
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);
}
