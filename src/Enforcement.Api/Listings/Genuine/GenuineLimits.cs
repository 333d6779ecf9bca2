namespace Enforcement.Api.Listings.Genuine;

/// <summary>Sizes of the reference data; the schema scripts use the same numbers.</summary>
internal static class GenuineLimits
{
    public const int Name = 200;
    public const int Word = 100;
    public const int Words = 30;
    public const int Notes = 2000;
    public const int Category = 100;
    public const int Province = 100;
    public const int SellerId = 200;
    public const long MaxPriceVnd = 1_000_000_000_000;
    public const int MinOcopStars = 3;
    public const int MaxOcopStars = 5;
}
