using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Listings.Genuine;

/// <summary>Field rules shared by the forms, the API and the import, so one typed value gets one message everywhere.</summary>
internal static class GenuineChecks
{
    public static void Name(FieldErrors e, string field, string? value, string fieldNameKey, int max = GenuineLimits.Name)
    {
        if (TextRules.IsBlank(value)) e.Required(field, fieldNameKey);
        else Text(e, field, value, max);
    }

    public static void Text(FieldErrors e, string field, string? value, int max, bool multiline = false)
    {
        e.NoControlCharacters(field, value, multiline);
        e.MaxLength(field, value?.Trim(), max);
    }

    public static void Words(FieldErrors e, string field, List<string>? words)
    {
        if (words is null) return;
        if (words.Count > GenuineLimits.Words) e.Add(field, Localization.Text.Format("genuine.tooManyWords", GenuineLimits.Words));
        for (var i = 0; i < words.Count && i < GenuineLimits.Words; i++) Text(e, field, words[i], GenuineLimits.Word);
    }

    public static void Price(FieldErrors e, string field, long? vnd)
    {
        if (vnd is < 0 or > GenuineLimits.MaxPriceVnd) e.Add(field, Localization.Text.Get("genuine.price"));
    }

    public static void Platform(FieldErrors e, string field, string? code)
    {
        if (TextRules.IsBlank(code)) e.Required(field, "field.platform");
        else if (!Complaints.Platforms.All.Contains(code!.Trim().ToLowerInvariant())) e.Add(field, Localization.Text.Get("error.platform"));
    }
}
