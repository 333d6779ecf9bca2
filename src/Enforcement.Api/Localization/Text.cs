using System.Globalization;

namespace Enforcement.Api.Localization;

/// <summary>UI and error texts. Vietnamese is the default; English is used when the request culture is English.</summary>
internal static partial class Text
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Get(string key)
    {
        var table = IsEnglish ? English : Vietnamese;
        return table.TryGetValue(key, out var text) ? text : Vietnamese.TryGetValue(key, out var vi) ? vi : key;
    }

    /// <summary>A key's text in both languages ("vi", "en"), for labels chosen later by the reader's language.</summary>
    public static Dictionary<string, string> Both(string key) => new()
    {
        ["vi"] = Vietnamese.GetValueOrDefault(key, key),
        ["en"] = English.GetValueOrDefault(key, Vietnamese.GetValueOrDefault(key, key)),
    };

    public static string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);

    /// <summary>Page text written inline in both languages, so a page reads as a page.</summary>
    public static string Pick(string vietnamese, string english) => IsEnglish ? english : vietnamese;

    public static string Category(string code) => Get("category." + code);
    public static string Status(string code) => Get("status." + code);
    public static string Platform(string code) => Get("platform." + code);
    public static string Role(string code) => Get("role." + code);
}
