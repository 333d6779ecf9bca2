namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>Points for offers shared with other sellers: a first step, more per further seller, capped.</summary>
internal static class NearDuplicates
{
    public static int Points(int otherSellers, int first, int perExtra, int max) =>
        otherSellers < 1 ? 0 : (int)Math.Min(max, first + (long)perExtra * (otherSellers - 1));
}
