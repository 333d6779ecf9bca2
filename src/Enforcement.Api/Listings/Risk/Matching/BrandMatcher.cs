namespace Enforcement.Api.Listings.Risk.Matching;

/// <summary>The brand and product a listing appears to offer; either may be unknown.</summary>
internal sealed record BrandMatch(CompiledBrand? Brand, CompiledProduct? Product)
{
    public static readonly BrandMatch None = new(null, null);
}

/// <summary>
/// Finds the brand from the brand field, else the title, else the description (name or alias as whole words,
/// folded: "LV" matches the word "lv", not "lvmh"), then the brand's product sharing most keywords with the listing.
/// </summary>
internal static class BrandMatcher
{
    public static BrandMatch Match(ListingText text, CompiledReference reference)
    {
        var brand = reference.Brands.FirstOrDefault(b => b.Names.Any(text.Brand.IsExactly))
            ?? FirstIn(text.Brand, reference) ?? FirstIn(text.Title, reference) ?? FirstIn(text.Description, reference);
        return brand is null ? BrandMatch.None : new(brand, BestProduct(brand, text));
    }

    /// <summary>The brand named earliest in the text; at the same place the longer name wins ("Louis Vuitton" over "Louis").</summary>
    private static CompiledBrand? FirstIn(TokenizedText text, CompiledReference reference)
    {
        CompiledBrand? best = null;
        int bestAt = int.MaxValue, bestLength = 0;
        foreach (var brand in reference.Brands)
        {
            foreach (var name in brand.Names)
            {
                foreach (var at in text.Find(name, strictMarks: false).Take(1))
                {
                    if (at < bestAt || (at == bestAt && name.Tokens.Count > bestLength))
                        (best, bestAt, bestLength) = (brand, at, name.Tokens.Count);
                }
            }
        }
        return best;
    }

    /// <summary>Most name/keyword phrases found, then most words matched, then the lowest id (stable).</summary>
    private static CompiledProduct? BestProduct(CompiledBrand brand, ListingText text)
    {
        CompiledProduct? best = null;
        int bestCount = 0, bestWords = 0;
        foreach (var product in brand.Products.OrderBy(p => p.Product.Id))
        {
            int count = 0, words = 0;
            foreach (var keyword in product.Keywords)
            {
                if (!Contains(text, keyword)) continue;
                count++;
                words += keyword.Tokens.Count;
            }
            if (count > bestCount || (count == bestCount && count > 0 && words > bestWords))
                (best, bestCount, bestWords) = (product, count, words);
        }
        return best;
    }

    private static bool Contains(ListingText text, TokenizedText phrase) =>
        text.Title.Find(phrase, false).Any() || text.Description.Find(phrase, false).Any() || text.Brand.Find(phrase, false).Any();
}
