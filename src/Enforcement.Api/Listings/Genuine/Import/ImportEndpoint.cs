using System.Text;
using Enforcement.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Listings.Genuine.Import;

internal static class ImportEndpoint
{
    public static RouteGroupBuilder MapImport(this RouteGroupBuilder group)
    {
        group.MapPost("/import", ImportAsync).WithName("ImportGenuineReferenceData").RequireAuthorization(Policies.GenuineEditor)
            .Accepts<string>("application/x-ndjson", "application/jsonl", "application/json", "text/plain")
            .WithSummary("NDJSON, one object a line with kind brand, product or seller; upserts by natural key and reports each refused line (line, field, reason).")
            .WithDescription("""
                brand: { "kind": "brand", "name", "aliases": [], "protected", "owner", "notes" }
                product: { "kind": "product", "brand", "name", "keywords": [], "category", "referencePriceMinVnd", "referencePriceMaxVnd", "isOcop", "ocopStars", "ocopProvince" }
                seller: { "kind": "seller", "brand", "platform", "sellerPlatformId", "sellerName", "validFrom", "validTo" }
                """);
        return group;
    }

    internal static async Task<Ok<ImportReport>> ImportAsync(HttpRequest request, GenuineImporter importer, CancellationToken ct)
    {
        // Bytes that are not UTF-8 become U+FFFD and fail the line's JSON or its rules, never the request.
        using var reader = new StreamReader(request.Body, new UTF8Encoding(false, false));
        return TypedResults.Ok(await importer.ImportAsync(reader, ct));
    }
}
