using System.Text.Json;

namespace Enforcement.Api.Listings.Demo;

/// <summary>Writes a <see cref="CorpusListing"/> as one object of the listing import contract (LooksCounterfeit left out).</summary>
internal static class CorpusJson
{
    private static readonly JsonEncodedText Platform = JsonEncodedText.Encode("platform"), ListingId = JsonEncodedText.Encode("listingId"),
        Url = JsonEncodedText.Encode("url"), Title = JsonEncodedText.Encode("title"), Description = JsonEncodedText.Encode("description"),
        Price = JsonEncodedText.Encode("price"), OriginalPrice = JsonEncodedText.Encode("originalPrice"), Brand = JsonEncodedText.Encode("brand"),
        Category = JsonEncodedText.Encode("category"), Seller = JsonEncodedText.Encode("seller"), Id = JsonEncodedText.Encode("id"),
        Name = JsonEncodedText.Encode("name"), ShopUrl = JsonEncodedText.Encode("shopUrl"), Province = JsonEncodedText.Encode("province"),
        Ward = JsonEncodedText.Encode("ward"), ImageHashes = JsonEncodedText.Encode("imageHashes");

    public static void Write(Utf8JsonWriter json, CorpusListing l)
    {
        json.WriteStartObject();
        json.WriteString(Platform, l.Platform);
        json.WriteString(ListingId, l.ListingId);
        json.WriteString(Url, l.Url);
        json.WriteString(Title, l.Title);
        json.WriteString(Description, l.Description);
        json.WriteNumber(Price, l.Price);
        if (l.OriginalPrice is { } original) json.WriteNumber(OriginalPrice, original);
        else json.WriteNull(OriginalPrice);
        json.WriteString(Brand, l.Brand);
        json.WriteString(Category, l.Category);
        json.WriteStartObject(Seller);
        json.WriteString(Id, l.Seller.Id);
        json.WriteString(Name, l.Seller.Name);
        json.WriteString(ShopUrl, l.Seller.ShopUrl);
        json.WriteString(Province, l.Seller.Province);
        json.WriteString(Ward, l.Seller.Ward);
        json.WriteEndObject();
        json.WriteStartArray(ImageHashes);
        foreach (var hash in l.ImageHashes) json.WriteStringValue(hash);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
