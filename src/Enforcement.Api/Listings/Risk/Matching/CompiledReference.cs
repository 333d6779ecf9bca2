using System.Runtime.CompilerServices;

namespace Enforcement.Api.Listings.Risk.Matching;

/// <summary>A brand with its name and aliases cut into words.</summary>
internal sealed record CompiledBrand(RefBrand Brand, IReadOnlyList<TokenizedText> Names, IReadOnlyList<CompiledProduct> Products, HashSet<string> AuthorizedSellerKeys);

/// <summary>A product with its name and keywords cut into words.</summary>
internal sealed record CompiledProduct(RefProduct Product, IReadOnlyList<TokenizedText> Keywords);

/// <summary>The reference snapshot cut into words once, not once per listing (a reindex scores millions).</summary>
internal sealed class CompiledReference
{
    private static readonly ConditionalWeakTable<GenuineReference, CompiledReference> Cache = new();

    private CompiledReference(GenuineReference reference)
    {
        var products = reference.Products.ToLookup(p => p.BrandId);
        var sellers = reference.AuthorizedSellers.ToLookup(s => s.BrandId);
        Brands = [.. reference.Brands.Select(b => new CompiledBrand(
            b,
            [.. new[] { b.Name }.Concat(b.Aliases).Select(TokenizedText.Of).Where(t => t.Tokens.Count > 0)],
            [.. products[b.Id].Select(p => new CompiledProduct(p,
                [.. new[] { p.Name }.Concat(p.Keywords).Select(TokenizedText.Of).Where(t => t.Tokens.Count > 0)]))],
            new HashSet<string>(sellers[b.Id].Select(s => s.Key), StringComparer.OrdinalIgnoreCase)))];
    }

    public IReadOnlyList<CompiledBrand> Brands { get; }

    public static CompiledReference Of(GenuineReference reference) => Cache.GetValue(reference, r => new CompiledReference(r));
}
