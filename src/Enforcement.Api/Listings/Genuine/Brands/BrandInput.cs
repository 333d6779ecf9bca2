using Enforcement.Api.Infrastructure;

namespace Enforcement.Api.Listings.Genuine.Brands;

/// <summary>A brand as typed into the form, the API or an import line. Null aliases, flag or owner leave an existing brand's value as it is.</summary>
public sealed record BrandInput(string? Name, List<string>? Aliases, bool? Protected, string? Owner, string? Notes);

internal static class BrandRules
{
    public static FieldErrors Validate(BrandInput input, FieldErrors? errors = null)
    {
        var e = errors ?? new FieldErrors();
        GenuineChecks.Name(e, "name", input.Name, "field.brandName");
        GenuineChecks.Words(e, "aliases", input.Aliases);
        GenuineChecks.Text(e, "owner", input.Owner, GenuineLimits.Name);
        GenuineChecks.Text(e, "notes", input.Notes, GenuineLimits.Notes, multiline: true);
        return e;
    }

    /// <summary>Writes a valid input onto the brand.</summary>
    public static void Apply(BrandInput input, Brand brand, DateTime now)
    {
        brand.Name = input.Name!.Trim();
        brand.NameKey = GenuineText.Key(brand.Name);
        if (input.Aliases is not null) brand.Aliases = GenuineText.Tidy(input.Aliases);
        if (input.Protected is { } p) brand.Protected = p;
        if (input.Owner is not null) brand.Owner = GenuineText.Optional(input.Owner);
        if (input.Notes is not null) brand.Notes = GenuineText.Optional(input.Notes);
        brand.UpdatedAt = now;
        if (brand.CreatedAt == default) brand.CreatedAt = now;
    }
}
