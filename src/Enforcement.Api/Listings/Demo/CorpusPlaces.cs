using System.Text.Json;
using Enforcement.Api.Reference;

namespace Enforcement.Api.Listings.Demo;

/// <summary>
/// Provinces and wards (tỉnh/thành phố, phường/xã) for sellers, read from the administrative units file the app
/// ships (two-level government from 2025-07-01). Sellers cluster in the big cities, as on the real platforms.
/// </summary>
internal static class CorpusPlaces
{
    private sealed record Place(string Name, string[] Wards, int Weight);

    private static readonly Lazy<(Place[] Places, int[] Cumulative)> Table = new(Load);

    private static (Place[], int[]) Load()
    {
        using var stream = AdministrativeUnitsLoader.OpenEmbedded();
        using var doc = JsonDocument.Parse(stream);
        var places = new List<Place>();
        foreach (var p in doc.RootElement.EnumerateArray())
        {
            var name = p.GetProperty("FullName").GetString()!;
            var wards = p.GetProperty("Wards").EnumerateArray().Select(w => w.GetProperty("FullName").GetString()!).ToArray();
            if (wards.Length == 0) continue;
            places.Add(new Place(name, wards, Weight(name)));
        }
        var cumulative = new int[places.Count];
        var total = 0;
        for (var i = 0; i < places.Count; i++) cumulative[i] = total += places[i].Weight;
        return (places.ToArray(), cumulative);
    }

    private static int Weight(string province) => province switch
    {
        "Thành phố Hồ Chí Minh" => 300,
        "Thành phố Hà Nội" => 220,
        "Thành phố Hải Phòng" or "Thành phố Đà Nẵng" or "Thành phố Cần Thơ" or "Thành phố Đồng Nai" => 35,
        "Tỉnh Bắc Ninh" or "Tỉnh Tây Ninh" or "Tỉnh An Giang" or "Tỉnh Đắk Lắk" or "Tỉnh Khánh Hoà" or "Tỉnh Thái Nguyên" => 20,
        _ => 10,
    };

    /// <summary>A province and one of its wards. Facebook and small shops sometimes give the province only.</summary>
    public static (string Province, string Ward) Pick(Random rng)
    {
        var (places, cumulative) = Table.Value;
        var place = places[CorpusPick.Weighted(rng, cumulative)];
        return (place.Name, place.Wards[rng.Next(place.Wards.Length)]);
    }
}

/// <summary>Seeded picks.</summary>
internal static class CorpusPick
{
    /// <summary>An index drawn with the weights whose running totals are <paramref name="cumulative"/>.</summary>
    public static int Weighted(Random rng, int[] cumulative)
    {
        // Lower bound of r + 1, so that zero weights (equal running totals) are never picked.
        var r = rng.Next(cumulative[^1]);
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    public static int[] Cumulative(IEnumerable<int> weights)
    {
        var total = 0;
        return weights.Select(w => total += w).ToArray();
    }

    public static T One<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    /// <summary>An index skewed to the front: a few big shops, many small ones.</summary>
    public static int Skewed(Random rng, int length)
    {
        var u = rng.NextDouble();
        return (int)(length * u * u);
    }

    /// <summary>A VND price in [min, max], rounded to 1,000 đ, often ending in 9,000 like shop prices do.</summary>
    public static long Price(Random rng, long min, long max)
    {
        var raw = min + (long)(rng.NextDouble() * (max - min));
        var price = raw / 1000 * 1000;
        if (price >= 100_000 && rng.Next(3) == 0) price = price / 10_000 * 10_000 + 9_000;
        return Math.Clamp(price, Math.Max(1000, min / 1000 * 1000), Math.Max(1000, max));
    }

    /// <summary>A 64-bit perceptual-hash-like value as 16 hex digits.</summary>
    public static string ImageHash(Random rng) => (((ulong)rng.NextInt64() << 1) ^ (ulong)rng.Next(2)).ToString("x16");
}
